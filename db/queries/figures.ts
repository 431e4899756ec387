import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { CitedFigure } from '../../lib/spread/types';
import type { Db } from '../client';
import { figures, metrics, sources } from '../schema';

// The flat citation row every metric view shapes: a figure joined to the source it came from.
const citedColumns = {
  id: figures.id,
  sourceId: figures.sourceId,
  metricId: figures.metricId,
  kind: figures.kind,
  low: figures.low,
  high: figures.high,
  dateLow: figures.dateLow,
  dateHigh: figures.dateHigh,
  datePrecision: figures.datePrecision,
  qualifier: figures.qualifier,
  hedge: figures.hedge,
  unit: figures.unit,
  rawText: figures.rawText,
  vague: figures.vague,
  asOf: figures.asOf,
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
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourcePublishedAt: sources.publishedAt,
  sourceUrl: sources.url,
};

export type CitedFigureRow = CitedFigure & { metricId: number | null; warnings: string[] };

// Figures a reviewer rejected stay stored but are never shown as evidence.
const shown = ne(figures.status, 'rejected');

/** Every figure of one metric, joined to its source, in source then text order. */
export function listFiguresForMetric(db: Db, metricId: number): CitedFigureRow[] {
  return db
    .select(citedColumns)
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(eq(figures.metricId, metricId), shown))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .all();
}

/** Every figure that belongs to some metric, joined to its source (the overview groups them). */
export function listFiguresWithMetric(db: Db): CitedFigureRow[] {
  return db
    .select(citedColumns)
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(isNotNull(figures.metricId), shown))
    .orderBy(asc(figures.sourceId), asc(figures.start))
    .all();
}

/** One source's figures in text order, each with its metric's slug and label when it has one. */
export function listFiguresForSource(db: Db, sourceId: number) {
  return db
    .select({ ...citedColumns, metricSlug: metrics.slug, metricLabel: metrics.label })
    .from(figures)
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(metrics, eq(figures.metricId, metrics.id))
    .where(and(eq(figures.sourceId, sourceId), shown))
    .orderBy(asc(figures.start))
    .all();
}

export type SourceFigureRow = ReturnType<typeof listFiguresForSource>[number];
