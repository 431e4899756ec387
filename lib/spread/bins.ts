import { POINT_SHARE, toSpreadChartRows, type SpreadChart } from './chart-rows';
import type { SpreadFigure } from './types';

/** Up to this many charted figures get a row each; beyond it the chart shows how many values fall in each slice. */
export const MAX_CHART_ROWS = 120;
/** Slices of the axis a binned chart counts values in. */
export const CHART_BINS = 40;

export interface SpreadBin {
  /** Axis offsets from the chart's base, like the chart rows'. */
  from: number;
  to: number;
  /** Figures whose stated value (range included) touches this bin. */
  count: number;
  /** The first such figure, lowest value first: where the bin's link leads. */
  firstFigureId: number | null;
}

/** A chart of too many figures for one row each: its axis, how many figures it counts, and their bins. */
export interface BinnedChart extends Omit<SpreadChart, 'rows'> {
  rows: number;
  bins: SpreadBin[];
}

/**
 * Too many figures for one row each: how many stated values fall in each of `n` equal slices of the axis.
 * A range counts in every slice it covers, so the bars show where values are stated, not a density estimate; a single
 * value (drawn wider than it is, to be seen) counts once, in the slice of its middle.
 * Example: `toSpreadBins(chart, 4).map((b) => b.count)` → [1, 0, 2, 1].
 */
export function toSpreadBins(chart: SpreadChart, n: number): SpreadBin[] {
  const size = chart.width / n;
  const bins: SpreadBin[] = Array.from({ length: n }, (_, i) => ({ from: i * size, to: (i + 1) * size, count: 0, firstFigureId: null }));
  for (const r of chart.rows) {
    const point = r.stated <= chart.width * POINT_SHARE * 1.000001;
    const start = r.offset + r.openBelow + (point ? r.stated / 2 : 0);
    const end = point ? start : start + r.stated;
    const lo = Math.max(0, Math.min(n - 1, Math.floor(start / size)));
    const hi = point ? lo : Math.max(lo, Math.min(n - 1, Math.ceil(end / size) - 1));
    for (let i = lo; i <= hi; i++) {
      bins[i].count++;
      bins[i].firstFigureId ??= r.figureId;
    }
  }
  return bins;
}

/** What the chart draws: one row per figure, or bins once there are more than `MAX_CHART_ROWS`. */
export function chartView(chart: SpreadChart | BinnedChart): SpreadChart | BinnedChart {
  if (isBinned(chart) || chart.rows.length <= MAX_CHART_ROWS) return chart;
  return { kind: chart.kind, unit: chart.unit, base: chart.base, width: chart.width, rows: chart.rows.length, bins: toSpreadBins(chart, CHART_BINS) };
}

/**
 * The binned chart a metric stores with its summary, so its page never reads thousands of figures; null when the
 * `charted` figures (those with bounds) are few enough for a row each (the page reads those). Same axis and bins as
 * `chartView` draws.
 */
export function storedChartBins(rows: SpreadFigure[], charted: number): BinnedChart | null {
  if (charted <= MAX_CHART_ROWS) return null;
  const view = chartView(toSpreadChartRows(rows, { labels: false }));
  return isBinned(view) ? view : null;
}

export function isBinned(chart: SpreadChart | BinnedChart): chart is BinnedChart {
  return 'bins' in chart;
}

/** How many figures a chart draws, one row each or counted in its bins. */
export const chartedRows = (chart: SpreadChart | BinnedChart): number => (isBinned(chart) ? chart.rows : chart.rows.length);
