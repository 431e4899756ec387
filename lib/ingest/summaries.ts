import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { countedInSpread, figureValueColumns } from '../../db/columns';
import { figures, metrics, sources } from '../../db/schema';
import { groupBy } from '../collections';
import { summarizeMetric } from '../spread/metric-summary';
import { bound, prepared } from './prepared';

// SQLite binds at most 32,766 variables; metrics are refreshed a few hundred at a time.
const CHUNK = 400;

const spreadColumns = { ...figureValueColumns, metricId: figures.metricId };

/**
 * Recomputes the stored summary and search row of the given metrics from their figures, e.g.
 * `refreshMetricSummaries(tx, [3, 7])` after an ingest touched metrics 3 and 7. Runs inside the caller's
 * transaction (synchronous, no awaiting). An id whose metric is gone only loses its search row.
 */
export function refreshMetricSummaries(db: DbOrTx, metricIds: Iterable<number>): number {
  const ids = [...new Set(metricIds)];
  for (let i = 0; i < ids.length; i += CHUNK) refreshChunk(db, ids.slice(i, i + CHUNK));
  return ids.length;
}

/** Every metric's summary and search row again: after a full regroup, or to fill a database migrated from before summaries. */
export function refreshAllMetricSummaries(db: DbOrTx): number {
  db.run(sql`DELETE FROM metrics_fts WHERE rowid NOT IN (SELECT id FROM metrics)`);
  return refreshMetricSummaries(db, db.select({ id: metrics.id }).from(metrics).all().map((m) => m.id));
}

function refreshChunk(db: DbOrTx, ids: number[]): void {
  const rows = db.select(spreadColumns).from(figures)
    .where(and(inArray(figures.metricId, ids), countedInSpread))
    .orderBy(figures.metricId, figures.sourceId, figures.start).all();
  const byMetric = groupBy(rows, (r) => r.metricId!);
  const sourceFacts = db
    .select({
      metricId: figures.metricId,
      latestPublishedAt: max(sources.publishedAt),
      latestRetrievedAt: max(sources.retrievedAt),
      // Distinct titles, one per line: what the search matches besides the metric's own words.
      titles: sql<string>`group_concat(DISTINCT ${sources.title})`,
    })
    .from(figures).innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(inArray(figures.metricId, ids), countedInSpread))
    .groupBy(figures.metricId).all();
  const facts = new Map(sourceFacts.map((f) => [f.metricId!, f]));
  const labels = db.select({ id: metrics.id, label: metrics.label, description: metrics.description })
    .from(metrics).where(inArray(metrics.id, ids)).all();

  db.run(sql`DELETE FROM metrics_fts WHERE rowid IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  for (const m of labels) {
    const fact = facts.get(m.id);
    const row = {
      ...summarizeMetric(byMetric.get(m.id) ?? []),
      latestPublishedAt: fact?.latestPublishedAt ?? null,
      latestRetrievedAt: fact?.latestRetrievedAt ? new Date(fact.latestRetrievedAt) : null,
    };
    const { key, values } = bound(row);
    prepared(db, `update metrics(${key})`, () => db.update(metrics).set(values as never).where(eq(metrics.id, sql.placeholder('id'))).prepare())
      .run({ ...row, id: m.id });
    if (byMetric.has(m.id))
      db.run(sql`INSERT INTO metrics_fts (rowid, label, description, source_titles) VALUES (${m.id}, ${m.label}, ${m.description}, ${fact?.titles ?? ''})`);
  }
}
