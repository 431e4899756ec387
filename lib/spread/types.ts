import type { ExtractedFigure } from '../extract/types';

/** The fields of a stored figure that shaping needs; a `figures` row satisfies it. */
export interface SpreadFigure
  extends Pick<ExtractedFigure, 'kind' | 'low' | 'high' | 'dateLow' | 'dateHigh' | 'datePrecision' | 'qualifier' | 'hedge' | 'unit' | 'vague' | 'asOf'> {
  id: number;
  sourceId: number;
  rawText: string;
}

/** A figure with its citation: quote, offsets and the source it came from (one flat query row). */
export interface CitedFigure
  extends SpreadFigure, Pick<ExtractedFigure, 'start' | 'end' | 'hedgeStart' | 'quote' | 'quoteStart' | 'quoteEnd' | 'counts' | 'attributedTo'> {
  sourceTitle: string;
  sourcePublisher: string | null;
  sourcePublishedAt: string | null;
  sourceUrl: string | null;
  /** The PDF page the figure is printed on, cited as "p. 12"; absent or null for other formats. */
  page?: number | null;
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
