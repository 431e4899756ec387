import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { countedInSpread, figureValueColumns } from '../../db/columns';
import { figures, metrics, sources } from '../../db/schema';
import { groupBy } from '../collections';
import { summarizeMetric } from '../spread/metric-summary';
import type { SpreadFigure } from '../spread/types';
import type { IngestMemory, MetricRows } from './memory';
import { bound, listParam, prepared } from './prepared';

// SQLite binds at most 32,766 variables; metrics are refreshed a few hundred at a time.
const CHUNK = 400;

const spreadColumns = { ...figureValueColumns, metricId: figures.metricId };

/** What an ingest transaction knows of the metrics it refreshes: the figures that joined each, and its memory. */
export interface Joined {
  memory: IngestMemory;
  /** Figure ids by the metric they joined in this transaction. */
  figures: Map<number, number[]>;
}

/**
 * Recomputes the stored summary and search row of the given metrics from their figures, e.g.
 * `refreshMetricSummaries(tx, [3, 7])` after an edit touched metrics 3 and 7. Runs inside the caller's
 * transaction (synchronous, no awaiting). An id whose metric is gone only loses its search row.
 * An ingest passes `joined`: a metric its memory holds is then read as remembered plus the figures that joined it.
 */
export function refreshMetricSummaries(db: DbOrTx, metricIds: Iterable<number>, joined?: Joined): number {
  const ids = [...new Set(metricIds)];
  for (let i = 0; i < ids.length; i += CHUNK) refreshChunk(db, ids.slice(i, i + CHUNK), joined);
  return ids.length;
}

/** Every metric's summary and search row again: after a full regroup, or to fill a database migrated from before summaries. */
export function refreshAllMetricSummaries(db: DbOrTx): number {
  db.run(sql`DELETE FROM metrics_fts WHERE rowid NOT IN (SELECT id FROM metrics)`);
  return refreshMetricSummaries(db, db.select({ id: metrics.id }).from(metrics).all().map((m) => m.id));
}

/** A counted figure with what its metric's summary takes from its source. */
const rowColumns = {
  ...spreadColumns,
  publishedAt: sources.publishedAt,
  // As stored (ms since 1970): a metric keeps the latest of them.
  retrievedAt: sql<number>`${sources.retrievedAt}`,
  title: sources.title,
  start: figures.start,
};
type Row = SpreadFigure & { metricId: number | null; publishedAt: string | null; retrievedAt: number; title: string; start: number };

const bySourceThenStart = (a: SpreadFigure, b: SpreadFigure) =>
  a.sourceId - b.sourceId || (a as Row).start - (b as Row).start || a.id - b.id;

/** Adds figure rows (with their sources' facts) to a metric's rows, keeping (source, start) order. */
function withRows(into: MetricRows, rows: Row[]): MetricRows {
  const sorted = into.rows.length === 0;
  for (const r of rows) {
    if (r.publishedAt !== null && (into.latestPublishedAt === null || r.publishedAt > into.latestPublishedAt)) into.latestPublishedAt = r.publishedAt;
    if (into.latestRetrievedAt === null || r.retrievedAt > into.latestRetrievedAt) into.latestRetrievedAt = r.retrievedAt;
    into.titles.add(r.title);
    const { publishedAt: _p, retrievedAt: _r, title: _t, ...figure } = r;
    into.rows.push(figure);
  }
  if (!sorted) into.rows.sort(bySourceThenStart);
  return into;
}

const emptyRows = (): MetricRows => ({ rows: [], latestPublishedAt: null, latestRetrievedAt: null, titles: new Set() });

function refreshChunk(db: DbOrTx, ids: number[], joined?: Joined): void {
  const memory = joined?.memory;
  const remembered = new Map<number, MetricRows>();
  for (const id of ids) {
    const m = memory?.takeMetric(id);
    if (m) remembered.set(id, m);
  }
  const unread = ids.filter((id) => !remembered.has(id));
  const read = new Map<number, MetricRows>(unread.map((id) => [id, emptyRows()]));
  if (unread.length) {
    const rows = prepared(db, 'summary rows', () => db.select(rowColumns).from(figures).innerJoin(sources, eq(figures.sourceId, sources.id))
      .where(and(inArray(figures.metricId, listParam), countedInSpread))
      .orderBy(figures.metricId, figures.sourceId, figures.start).prepare()).all({ list: JSON.stringify(unread) }) as Row[];
    for (const [metricId, list] of groupBy(rows, (r) => r.metricId!)) withRows(read.get(metricId)!, list);
  }
  const added = ids.flatMap((id) => (remembered.has(id) ? (joined!.figures.get(id) ?? []) : []));
  if (added.length) {
    const rows = prepared(db, 'summary rows by figure', () => db.select(rowColumns).from(figures)
      .innerJoin(sources, eq(figures.sourceId, sources.id))
      .where(and(inArray(figures.id, listParam), countedInSpread)).orderBy(figures.sourceId, figures.start).prepare()).all({ list: JSON.stringify(added) }) as Row[];
    for (const [metricId, list] of groupBy(rows, (r) => r.metricId!)) withRows(remembered.get(metricId)!, list);
  }
  const labels = db.select({ id: metrics.id, label: metrics.label, description: metrics.description })
    .from(metrics).where(inArray(metrics.id, ids)).all();

  db.run(sql`DELETE FROM metrics_fts WHERE rowid IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  for (const m of labels) {
    const state = remembered.get(m.id) ?? read.get(m.id)!;
    memory?.setMetric(m.id, state);
    const row = {
      ...summarizeMetric(state.rows),
      latestPublishedAt: state.latestPublishedAt,
      latestRetrievedAt: state.latestRetrievedAt === null ? null : new Date(state.latestRetrievedAt),
    };
    const { key, values } = bound(row);
    prepared(db, `update metrics(${key})`, () => db.update(metrics).set(values as never).where(eq(metrics.id, sql.placeholder('id'))).prepare())
      .run({ ...row, id: m.id });
    if (state.rows.length)
      db.run(sql`INSERT INTO metrics_fts (rowid, label, description, source_titles) VALUES (${m.id}, ${m.label}, ${m.description}, ${[...state.titles].join(',')})`);
  }
}
