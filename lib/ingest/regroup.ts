import { eq, ne, notInArray } from 'drizzle-orm';
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
  const rows = db.select().from(figures).where(ne(figures.status, 'rejected')).orderBy(figures.sourceId, figures.id).all();
  const bySource = groupBy(rows, (row) => row.sourceId);
  const texts = new Map(db.select({ id: sources.id, text: sources.text }).from(sources).all().map((s) => [s.id, s.text]));
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
