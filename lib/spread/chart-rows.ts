import { figureInterval, openSide } from './axis';
import { formatFigureValue } from './format';
import type { CitedFigure, SpreadFigure } from './types';

/** What the chart reads of a figure: its bounds and hedge, and its source's name. */
export type ChartFigure = SpreadFigure & Pick<CitedFigure, 'sourceTitle' | 'sourcePublisher'>;

/** One bar of the stacked spread chart: a transparent offset, then the faded open side, the stated value, the faded open side. */
export interface SpreadChartRow {
  label: string;
  source: string;
  figureId: number;
  sourceId: number;
  value: string;
  open: 'above' | 'below' | null;
  offset: number;
  openBelow: number;
  stated: number;
  openAbove: number;
}

export interface SpreadChart {
  kind: 'quantity' | 'date';
  unit: string | null;
  /** Axis value at the chart's zero: tick t shows `base + t`. */
  base: number;
  /** Width of the axis from `base`. */
  width: number;
  rows: SpreadChartRow[];
}

// Steps that Recharts' own tick rounding reproduces on a domain of four steps (checked against
// recharts-scale's getNiceTickValues); dates up to half a year use month steps 1, 2, 3 or 6.
function niceStep(raw: number, kind: 'quantity' | 'date'): number {
  if (kind === 'date' && raw <= 6) return [1, 2, 3, 6].find((s) => s >= raw)!;
  const pow = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 3, 4, 5, 6, 8, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
}

/** A chart with nothing to draw: every figure vague, or none. */
export const emptyChart = (kind: SpreadChart['kind'], unit: string | null): SpreadChart => ({ kind, unit, base: 0, width: 1, rows: [] });

/** The drawn width of a single value (or a narrower range), as a share of the axis: wide enough to see and click. */
export const POINT_SHARE = 0.012;

/** Short label for the value axis's row: the publisher, else the title, cut to fit. */
export function sourceLabel(f: Pick<CitedFigure, 'sourcePublisher' | 'sourceTitle'>, max = 26): string {
  const name = f.sourcePublisher ?? f.sourceTitle;
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

type Charted = { f: SpreadFigure; i: { low: number; high: number }; open: 'above' | 'below' | null };

function toCharted(figures: SpreadFigure[]): Charted[] {
  const charted = figures.flatMap((f) => {
    const i = figureInterval(f);
    if (!i) return [];
    // A stated month (or year) covers the whole month: "January 2023" ends where February begins.
    const end = f.kind === 'date' ? i.high + (f.datePrecision === 'day' ? 1 / 31 : 1) : i.high;
    return [{ f, i: { low: i.low, high: end }, open: openSide(f) }];
  });
  return charted.sort((a, b) => a.i.low - b.i.low || a.i.high - b.i.high || a.f.id - b.f.id);
}

// Padded bounds, room for open tails, then four equal nice steps so Recharts' five ticks land on base + k·step.
function axisFor(charted: Charted[], kind: 'quantity' | 'date') {
  const lo = Math.min(...charted.map((c) => c.i.low));
  const hi = Math.max(...charted.map((c) => c.i.high));
  const span = hi - lo || Math.max(Math.abs(hi) * 0.2, kind === 'date' ? 6 : 1);
  const ext = span * 0.18;
  let base = lo - span * 0.1 - (charted.some((c) => c.open === 'below') ? ext : 0);
  const top = hi + span * 0.1 + (charted.some((c) => c.open === 'above') ? ext : 0);
  if (kind === 'quantity' && lo >= 0) base = Math.max(0, base);
  let step = niceStep((top - base) / 4, kind);
  while (Math.floor(base / step) * step + 4 * step < top) step = niceStep(step * 1.01, kind);
  base = Math.floor(base / step) * step;
  return { base, width: 4 * step, ext };
}

/**
 * Rows for the spread chart, lowest value first; vague figures are left out (they have no bounds).
 * Example: `toSpreadChartRows(rows).rows.map((r) => r.value)` → ["20,000", "40,000", "up to 40,000"].
 * Without `labels` the rows carry only geometry and ids (empty label, source and value): what bins need.
 */
export function toSpreadChartRows(figures: ChartFigure[]): SpreadChart;
export function toSpreadChartRows(figures: SpreadFigure[], options: { labels: false }): SpreadChart;
export function toSpreadChartRows(figures: ChartFigure[] | SpreadFigure[], { labels = true } = {}): SpreadChart {
  const charted = toCharted(figures);
  const kind = figures[0]?.kind ?? 'quantity';
  const unit = figures.find((f) => f.unit)?.unit ?? null;
  if (charted.length === 0) return emptyChart(kind, unit);
  const { base, width, ext } = axisFor(charted, kind);
  const point = width * POINT_SHARE;
  const rows = charted.map(({ f, i, open }) => {
    const statedWidth = Math.max(i.high - i.low, point);
    const statedStart = i.low - (statedWidth - (i.high - i.low)) / 2;
    const belowStart = open === 'below' ? Math.max(base, statedStart - ext) : statedStart;
    const value = labels ? formatFigureValue(f) : '';
    return {
      // Labelled by source, with the value as stated so two figures from one source stay apart.
      label: labels ? `${sourceLabel(f as ChartFigure, 22)} · ${value}` : '',
      source: labels ? ((f as ChartFigure).sourcePublisher ?? (f as ChartFigure).sourceTitle) : '',
      figureId: f.id,
      sourceId: f.sourceId,
      value,
      open,
      offset: belowStart - base,
      openBelow: statedStart - belowStart,
      stated: statedWidth,
      openAbove: open === 'above' ? Math.min(ext, base + width - statedStart - statedWidth) : 0,
    };
  });
  return { kind, unit, base, width, rows };
}
