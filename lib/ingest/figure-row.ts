import type { Figure } from '../../db/schema';
import type { ExtractedFigure } from '../extract/types';

/** Rebuilds the extracted figure a stored row came from, for regrouping. */
export function figureFromRow(row: Figure): ExtractedFigure {
  return {
    kind: row.kind,
    start: row.start,
    end: row.end,
    text: row.rawText,
    low: row.low,
    high: row.high,
    dateLow: row.dateLow,
    dateHigh: row.dateHigh,
    datePrecision: row.datePrecision,
    qualifier: row.qualifier,
    hedge: row.hedge,
    hedgeStart: row.hedgeStart,
    unit: row.unit,
    unitRaw: row.unitRaw,
    dimension: row.dimension as ExtractedFigure['dimension'],
    vague: row.vague,
    restated: row.restated ?? null,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    quote: row.quote,
    counts: row.counts,
    asOf: row.asOf,
    attributedTo: row.attributedTo,
    signals: row.signals,
    warnings: row.warnings,
  };
}
