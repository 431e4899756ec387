import type { SpreadFigure } from '../spread/types';

/** What an export reads of one figure: the figure, its citation, its source and its metric (one flat query row). */
export interface ExportFigure extends SpreadFigure {
  metricId: number | null;
  metricSlug: string | null;
  metricLabel: string | null;
  counts: string | null;
  attributedTo: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  start: number;
  end: number;
  page: number | null;
  status: 'extracted' | 'confirmed' | 'corrected' | 'rejected';
  /** The rank the desk gave the figure (figures.rank, kept by its review decision). */
  rank: FigureRank;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedAt: string | null;
  sourceRetrievedAt: Date;
}

/** How much a figure weighs among its metric's figures. */
export type FigureRank = 'preferred' | 'normal' | 'deprecated';

/** A figure's rank as the desk set it (preferred, normal or deprecated), e.g. `figureRank(row)` → "normal". */
export function figureRank(row: ExportFigure): FigureRank {
  return row.rank;
}

/** The columns of every export, in order: one row per figure, its provenance in every row. */
export const EXPORT_COLUMNS = [
  'figure_id', 'metric', 'metric_slug', 'value_as_stated', 'low', 'high', 'date_low', 'date_high', 'qualifier', 'hedge',
  'unit', 'counts', 'as_of', 'attributed_to', 'source_id', 'source_title', 'publisher', 'url', 'published', 'retrieved',
  'quote', 'quote_start', 'quote_end', 'figure_start', 'figure_end', 'page', 'rank', 'review_status', 'permalink',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string | number | null>;

/**
 * One export row: the value as printed, numbers unformatted, dates ISO (the retrieval instant in UTC), the permalink absolute when
 * `origin` is given. Example: `toExportRow(f, 'https://spread.example').permalink` → "https://spread.example/figures/12".
 */
export function toExportRow(f: ExportFigure, origin = ''): ExportRow {
  return {
    figure_id: f.id,
    metric: f.metricLabel,
    metric_slug: f.metricSlug,
    // The figure's own characters as printed ("about 2,000"); low and high are its bounds as numbers.
    value_as_stated: f.rawText,
    low: f.low,
    high: f.high,
    date_low: f.dateLow,
    date_high: f.dateHigh,
    qualifier: f.qualifier,
    hedge: f.hedge,
    unit: f.unit,
    counts: f.counts,
    as_of: f.asOf,
    attributed_to: f.attributedTo,
    source_id: f.sourceId,
    source_title: f.sourceTitle,
    publisher: f.sourcePublisher,
    url: f.sourceUrl,
    published: f.sourcePublishedAt,
    retrieved: f.sourceRetrievedAt.toISOString(),
    quote: f.quote,
    quote_start: f.quoteStart,
    quote_end: f.quoteEnd,
    figure_start: f.start,
    figure_end: f.end,
    page: f.page,
    rank: figureRank(f),
    review_status: f.status,
    permalink: `${origin}/figures/${f.id}`,
  };
}
