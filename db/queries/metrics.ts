import { asc, count, eq, isNotNull, ne, and } from 'drizzle-orm';
import type { Db } from '../client';
import { figures, metrics, sources, type Metric } from '../schema';
import { groupBy } from '../../lib/collections';
import { listFiguresWithMetric, type CitedFigureRow } from './figures';

/** One metric by its slug, or undefined. */
export function getMetricBySlug(db: Db, slug: string): Metric | undefined {
  return db.select().from(metrics).where(eq(metrics.slug, slug)).get();
}

/** Every metric with its figures (joined to their sources); metrics left without figures are skipped. */
export function listMetricsWithFigures(db: Db): { metric: Metric; figures: CitedFigureRow[] }[] {
  const all = db.select().from(metrics).orderBy(asc(metrics.id)).all();
  const byMetric = groupBy(listFiguresWithMetric(db), (f) => f.metricId!);
  return all.filter((m) => byMetric.has(m.id)).map((metric) => ({ metric, figures: byMetric.get(metric.id)! }));
}

/** How many sources, shown figures and metrics (with at least one figure) the database holds. */
export function getTotals(db: Db): { sources: number; figures: number; metrics: number } {
  const shown = ne(figures.status, 'rejected');
  const nSources = db.select({ n: count() }).from(sources).get()?.n ?? 0;
  const nFigures = db.select({ n: count() }).from(figures).where(shown).get()?.n ?? 0;
  const nMetrics =
    db
      .select({ n: count(figures.metricId) })
      .from(figures)
      .where(and(isNotNull(figures.metricId), shown))
      .groupBy(figures.metricId)
      .all().length;
  return { sources: nSources, figures: nFigures, metrics: nMetrics };
}
