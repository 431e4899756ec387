import type { SpreadChart } from './chart-rows';

export interface SpreadBin {
  /** Axis offsets from the chart's base, like the chart rows'. */
  from: number;
  to: number;
  /** Figures whose stated value (range included) touches this bin. */
  count: number;
  /** The first such figure, lowest value first: where the bin's link leads. */
  firstFigureId: number | null;
}

/**
 * Too many figures for one row each: how many stated values fall in each of `n` equal slices of the axis.
 * A range counts in every slice it covers, so the bars show where values are stated, not a density estimate.
 * Example: `toSpreadBins(chart, 4).map((b) => b.count)` → [1, 0, 2, 1].
 */
export function toSpreadBins(chart: SpreadChart, n: number): SpreadBin[] {
  const size = chart.width / n;
  const bins: SpreadBin[] = Array.from({ length: n }, (_, i) => ({ from: i * size, to: (i + 1) * size, count: 0, firstFigureId: null }));
  for (const r of chart.rows) {
    const start = r.offset + r.openBelow;
    const end = start + r.stated;
    const lo = Math.max(0, Math.min(n - 1, Math.floor(start / size)));
    const hi = Math.max(lo, Math.min(n - 1, Math.ceil(end / size) - 1));
    for (let i = lo; i <= hi; i++) {
      bins[i].count++;
      bins[i].firstFigureId ??= r.figureId;
    }
  }
  return bins;
}
