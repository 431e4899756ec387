import { and, eq, isNull, ne, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figures, metrics, sources } from '../../db/schema';
import { groupBy } from '../collections';
import { groupFigures } from '../group';
import type { GroupInput } from '../extract/types';
import { figureFromRow } from './save';

/**
 * Groups every stored figure into metrics again and rewrites the metric table to match.
 * Grouping compares figures across sources, so adding one source can change metrics another source's figures belong to.
 * Metrics keep their slug (and so their URL) as long as grouping proposes the same one.
 */
export function regroupMetrics(db: DbOrTx): { metrics: number; grouped: number } {
  // A near-duplicate source's figures stay out of metrics: one article must not count as two agreeing sources.
  const rows = db.select({ figure: figures }).from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(ne(figures.status, 'rejected'), isNull(sources.duplicateOf)))
    .orderBy(figures.sourceId, figures.id).all().map((r) => r.figure);
  const bySource = groupBy(rows, (row) => row.sourceId);
  const texts = new Map(db.select({ id: sources.id, text: sources.text }).from(sources).where(isNull(sources.duplicateOf)).all().map((s) => [s.id, s.text]));
  const inputs: GroupInput[] = [...bySource].map(([id, list]) => ({ key: String(id), figures: list.map(figureFromRow), text: texts.get(id) }));
  const { metrics: drafts, assignment } = groupFigures(inputs);

  const metricIds = drafts.map((d) =>
    db.insert(metrics).values(d)
      .onConflictDoUpdate({ target: metrics.slug, set: { label: d.label, unit: d.unit, kind: d.kind, description: d.description } })
      .returning({ id: metrics.id }).get().id,
  );
  db.update(figures).set({ metricId: null }).run();
  let grouped = 0;
  [...bySource.values()].forEach((list, s) =>
    list.forEach((row, f) => {
      const m = assignment[s]?.[f];
      if (m === null || m === undefined) return;
      db.update(figures).set({ metricId: metricIds[m] }).where(eq(figures.id, row.id)).run();
      grouped++;
    }),
  );
  db.delete(metrics).where(notInArray(metrics.slug, drafts.length ? drafts.map((d) => d.slug) : [''])).run();
  return { metrics: drafts.length, grouped };
}
