import { and, asc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { ExportFigure } from '../../lib/share/export-rows';
import type { OverviewParams } from '../../lib/validation/overview';
import type { Db } from '../client';
import { figureValueColumns } from '../columns';
import { figures, metrics, sources } from '../schema';
import { listMetricSummaries } from './metrics';

// One flat row per figure: the figure, its citation, its source and its metric, as every export writes it.
const exportColumns = {
  ...figureValueColumns,
  metricId: figures.metricId,
  metricSlug: metrics.slug,
  metricLabel: metrics.label,
  counts: figures.counts,
  attributedTo: figures.attributedTo,
  quote: figures.quote,
  quoteStart: figures.quoteStart,
  quoteEnd: figures.quoteEnd,
  start: figures.start,
  end: figures.end,
  page: figures.page,
  status: figures.status,
  rank: figures.rank,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourceUrl: sources.url,
  sourcePublishedAt: sources.publishedAt,
  sourceRetrievedAt: sources.retrievedAt,
};

// Figures a reviewer rejected stay stored but no page shows them, so no view's export does either.
const shown = ne(figures.status, 'rejected');

function selectExport(db: Db, where: SQL | undefined) {
  return db.select(exportColumns).from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(metrics, eq(figures.metricId, metrics.id))
    .where(where);
}

/** Every shown figure of the metrics, metric by metric in the order given, each in citation order (the metric page's). */
export function listExportFiguresForMetrics(db: Db, metricIds: number[]): ExportFigure[] {
  if (metricIds.length === 0) return [];
  const rows = selectExport(db, and(inArray(figures.metricId, metricIds), shown))
    .orderBy(asc(figures.metricId), asc(figures.sourceId), asc(figures.start)).all();
  const order = new Map(metricIds.map((id, i) => [id, i]));
  // A stable sort keeps each metric's citation order.
  return rows.sort((a, b) => order.get(a.metricId!)! - order.get(b.metricId!)!);
}

/** Every shown figure of one source, in text order (the source page's). */
export function listExportFiguresForSource(db: Db, sourceId: number): ExportFigure[] {
  return selectExport(db, and(eq(figures.sourceId, sourceId), shown)).orderBy(asc(figures.start)).all();
}

/**
 * The figures of the overview's metrics, a page of metrics at a time: the page in `view`, or with `all` every
 * matching metric, read 100 metrics at a time so a large archive streams instead of loading at once.
 */
export function* iterateOverviewExport(db: Db, view: OverviewParams, all: boolean): Generator<ExportFigure[]> {
  if (!all) {
    yield listExportFiguresForMetrics(db, listMetricSummaries(db, view, view.per).rows.map((m) => m.id));
    return;
  }
  for (let page = 1; ; page++) {
    const { rows } = listMetricSummaries(db, { ...view, page }, 100);
    if (rows.length === 0) return;
    yield listExportFiguresForMetrics(db, rows.map((m) => m.id));
  }
}

/** Every figure in the archive, rejected ones included with their review status, in id order, `batch` rows at a time. */
export function* iterateArchiveExport(db: Db, batch = 1000): Generator<ExportFigure[]> {
  for (let after = 0; ;) {
    const rows = selectExport(db, gt(figures.id, after)).orderBy(asc(figures.id)).limit(batch).all();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

/** One figure with its export columns, shown or not (a permalink keeps answering after a review), or undefined. */
export function getExportFigure(db: Db, id: number): ExportFigure | undefined {
  return selectExport(db, eq(figures.id, id)).get();
}

/** Up to `limit` shown figures with ids above `afterId`, of one metric and/or one source: the read API's pages. */
export function listExportFiguresAfter(db: Db, filter: { metricId?: number; sourceId?: number }, afterId: number, limit: number): ExportFigure[] {
  return selectExport(db, and(
    gt(figures.id, afterId),
    shown,
    filter.metricId === undefined ? undefined : eq(figures.metricId, filter.metricId),
    filter.sourceId === undefined ? undefined : eq(figures.sourceId, filter.sourceId),
  )).orderBy(asc(figures.id)).limit(limit).all();
}
