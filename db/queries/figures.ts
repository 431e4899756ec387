import { and, asc, count, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { CitedFigure } from '../../lib/spread/types';
import type { Db } from '../client';
import { countedInSpread, figureValueColumns } from '../columns';
import { figures, metrics, sources } from '../schema';

// The flat citation row every metric view shapes: a figure joined to the source it came from.
const citedColumns = {
  ...figureValueColumns,
  metricId: figures.metricId,
  start: figures.start,
  end: figures.end,
  hedgeStart: figures.hedgeStart,
  quote: figures.quote,
  quoteStart: figures.quoteStart,
  quoteEnd: figures.quoteEnd,
  counts: figures.counts,
  attributedTo: figures.attributedTo,
  page: figures.page,
  warnings: figures.warnings,
  status: figures.status,
  rank: figures.rank,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourcePublishedAt: sources.publishedAt,
  sourceUrl: sources.url,
};

export type CitedFigureRow = CitedFigure & { metricId: number | null; warnings: string[]; status: string; rank: string };

// Figures the desk rejected or deprecated stay stored; the spread leaves them out and the page lists them apart.
const shown = countedInSpread;

/** One page of a metric's citations, joined to their sources, in source then text order. */
export function listFiguresForMetric(db: Db, metricId: number, page = { limit: -1, offset: 0 }): CitedFigureRow[] {
  return db
    .select(citedColumns)
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(eq(figures.metricId, metricId), shown))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

// What the chart draws of a figure: its bounds, hedge and source name, without the quote.
const chartColumns = {
  ...figureValueColumns,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
};

/** Every figure of one metric with only what its chart needs, in citation order (so position gives the citation page). */
export function listChartFiguresForMetric(db: Db, metricId: number) {
  return db
    .select(chartColumns)
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(eq(figures.metricId, metricId), shown))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .all();
}

export type ChartFigureRow = ReturnType<typeof listChartFiguresForMetric>[number];

/** The ids of a metric's charted-or-listed figures in citation order, read from an index: which citation page holds each. */
export function listCitationOrder(db: Db, metricId: number): number[] {
  return db.select({ id: figures.id }).from(figures)
    .where(and(eq(figures.metricId, metricId), shown))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .all().map((r) => r.id);
}

/** Figures by id with what a label needs, e.g. the few a metric's stored `spanFigureIds` name. */
export function listFiguresByIds(db: Db, ids: number[]): ChartFigureRow[] {
  if (ids.length === 0) return [];
  return db.select(chartColumns).from(figures).innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(inArray(figures.id, ids)).all();
}

/** How many figures a source has, shown or not: the source list's counts. */
export function countFiguresBySource(db: Db, sourceIds: number[]): Map<number, number> {
  if (sourceIds.length === 0) return new Map();
  const rows = db.select({ sourceId: figures.sourceId, n: count() }).from(figures)
    .where(inArray(figures.sourceId, sourceIds)).groupBy(figures.sourceId).all();
  return new Map(rows.map((r) => [r.sourceId, r.n]));
}

/**
 * One source's figures in text order (rejected ones too, marked), each with its metric's slug and label when it
 * has one; optionally only those starting in [from, to) of the text, or one page of them (`limit`, `offset`).
 */
export function listFiguresForSource(db: Db, sourceId: number, only: { from?: number; to?: number; limit?: number; offset?: number } = {}) {
  const query = db
    .select({ ...citedColumns, metricSlug: metrics.slug, metricLabel: metrics.label })
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(metrics, eq(figures.metricId, metrics.id))
    .where(and(
      eq(figures.sourceId, sourceId),
      only.from !== undefined ? gte(figures.start, only.from) : undefined,
      only.to !== undefined ? lt(figures.start, only.to) : undefined,
    ))
    .orderBy(asc(figures.start), asc(figures.id));
  return only.limit !== undefined ? query.limit(only.limit).offset(only.offset ?? 0).all() : query.all();
}

/** How many figures a source states. */
export function countFiguresForSource(db: Db, sourceId: number): number {
  return db.select({ n: count() }).from(figures).where(eq(figures.sourceId, sourceId)).get()!.n;
}

export type SourceFigureRow = ReturnType<typeof listFiguresForSource>[number];

/** A metric's figures the desk left out of its spread (rejected or deprecated), with why, in citation order. */
export function listLeftOutFigures(db: Db, metricId: number) {
  return db
    .select(citedColumns)
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(eq(figures.metricId, metricId), or(eq(figures.status, 'rejected'), eq(figures.rank, 'deprecated'))))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .all();
}

export type LeftOutFigureRow = ReturnType<typeof listLeftOutFigures>[number];

/** One figure with its citation and metric, for its review page. */
export function getFigureWithSource(db: Db, id: number) {
  return db
    .select({ ...citedColumns, metricSlug: metrics.slug, metricLabel: metrics.label, storyId: sources.storyId })
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(metrics, eq(figures.metricId, metrics.id))
    .where(eq(figures.id, id))
    .get();
}
