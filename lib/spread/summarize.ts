import { figureInterval } from './axis';
import type { SpreadFigure } from './types';

export interface SpreadSummary {
  kind: 'quantity' | 'date';
  nSources: number;
  nFigures: number;
  /** Figures with bounds; vague ones ("hundreds") are listed but neither charted nor counted here. */
  nCharted: number;
  /** Lowest stated bound and highest stated bound, on the metric's axis (months since year 0 for dates). */
  min: number | null;
  max: number | null;
  /** Median as an interval: the middle low bound to the middle high bound (the two middles for an even count), never a midpoint. */
  median: { low: number; high: number } | null;
  /** max / min for positive quantities; null for dates or when min ≤ 0. */
  ratio: number | null;
}

// The middle value, or for an even count the two middle values: never their average.
function middle(values: number[]): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? [s[mid], s[mid]] : [s[mid - 1], s[mid]];
}

/** Counts and bounds of a metric's figures: `summarizeSpread(rows).ratio` → 2 for 20,000 vs 40,000. */
export function summarizeSpread(rows: SpreadFigure[]): SpreadSummary {
  const intervals = rows.map(figureInterval).filter((i) => i !== null);
  const kind = rows[0]?.kind ?? 'quantity';
  const base = { kind, nSources: new Set(rows.map((r) => r.sourceId)).size, nFigures: rows.length, nCharted: intervals.length };
  if (intervals.length === 0) return { ...base, min: null, max: null, median: null, ratio: null };
  const min = Math.min(...intervals.map((i) => i.low));
  const max = Math.max(...intervals.map((i) => i.high));
  return {
    ...base,
    min,
    max,
    median: { low: middle(intervals.map((i) => i.low))[0], high: middle(intervals.map((i) => i.high))[1] },
    ratio: kind === 'quantity' && min > 0 ? max / min : null,
  };
}
