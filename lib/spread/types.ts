import type { DatePrecision, FigureKind, Qualifier } from '../extract/types';

/** The fields of a stored figure that shaping needs; a `figures` row satisfies it. */
export interface SpreadFigure {
  id: number;
  sourceId: number;
  kind: FigureKind;
  low: number | null;
  high: number | null;
  dateLow: string | null;
  dateHigh: string | null;
  datePrecision: DatePrecision | null;
  qualifier: Qualifier;
  hedge: string | null;
  unit: string | null;
  rawText: string;
  vague: boolean;
  asOf: string | null;
}

/** A figure with its citation: quote, offsets and the source it came from (one flat query row). */
export interface CitedFigure extends SpreadFigure {
  start: number;
  end: number;
  hedgeStart: number | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  counts: string | null;
  attributedTo: string | null;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourcePublishedAt: string | null;
  sourceUrl: string | null;
}

export type Verdict = 'agree' | 'revised' | 'disagree';

export interface SpreadVerdict {
  verdict: Verdict;
  reason: string;
}

/** Closed interval on a metric's value axis: the number itself, or months since year 0 for dates. */
export interface AxisInterval {
  low: number;
  high: number;
}
