import { and, ne } from 'drizzle-orm';
import { figures } from './schema';

/** What every spread view reads of a figure: its bounds, hedge, unit and as-of, as stated. */
export const figureValueColumns = {
  id: figures.id,
  sourceId: figures.sourceId,
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
};

/**
 * The figures a spread and its summary count: not rejected and not deprecated by the desk. The others stay stored
 * and are listed apart, struck through, with the reason.
 */
export const countedInSpread = and(ne(figures.status, 'rejected'), ne(figures.rank, 'deprecated'))!;
