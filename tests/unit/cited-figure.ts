import type { CitedFigure } from '../../lib/spread';

let nextId = 1;

/** A citation row for spread tests: an exact, unhedged quantity of source `sourceId`, with `over` applied. */
export function citedFigure(sourceId: number, over: Partial<CitedFigure>): CitedFigure {
  return {
    id: nextId++, sourceId, kind: 'quantity', low: null, high: null, dateLow: null, dateHigh: null, datePrecision: null,
    qualifier: 'exact', hedge: null, unit: null, rawText: '', vague: false, asOf: null, start: 0, end: 0, hedgeStart: null,
    quote: '', quoteStart: 0, quoteEnd: 0, counts: null, attributedTo: null, sourceTitle: `Source ${sourceId}`,
    sourcePublisher: null, sourcePublishedAt: null, sourceUrl: null, ...over,
  };
}
