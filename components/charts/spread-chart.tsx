import { chartedRows, chartView, isBinned, type BinnedChart } from '@/lib/spread/bins';
import type { SpreadChart as SpreadChartData } from '@/lib/spread/chart-rows';
import { formatAxisValue } from '@/lib/spread/format';

type Axis = Pick<SpreadChartData, 'width'> & { bins?: unknown };

const ROW = 30;
const AXIS = 28;
// Label column and plot area as shares of the width, so the SVG fills its panel without a script measuring it;
// bins have no row labels and take the whole width.
const PLOT_LEFT = 30;
const PLOT_WIDTH = 68;
const plot = (chart: Axis) => (chart.bins ? { left: 2, width: 96 } : { left: PLOT_LEFT, width: PLOT_WIDTH });

const x = (chart: Axis, v: number) => `${plot(chart).left + (v / chart.width) * plot(chart).width}%`;
const w = (chart: Axis, v: number) => `${(v / chart.width) * plot(chart).width}%`;

/**
 * The spread chart as server-rendered SVG: it shows before any script runs, in print and in screenshots.
 * One row per figure, lowest first: the stated value (a range keeps its width), a fading tail toward an
 * open bound. Past `MAX_CHART_ROWS` figures, bins instead (`chartView`). Every mark is a link to its citation with a
 * native tooltip, reachable by keyboard.
 */
export function SpreadChart({ chart: given, label, citationHref, linkTarget }: { chart: SpreadChartData | BinnedChart; label: string; citationHref: (figureId: number) => string; linkTarget?: '_blank' }) {
  const chart = chartView(given);
  const binned = isBinned(chart);
  const height = AXIS + (binned ? 200 : chart.rows.length * ROW) + 8;
  const ticks = [0, 1, 2, 3, 4].map((k) => (k * chart.width) / 4);
  return (
    <figure data-testid="spread-chart" data-rows={chartedRows(chart)} data-mode={binned ? 'bins' : 'rows'} aria-label={label} className="spread-chart">
      <svg width="100%" height={height} role="group" aria-label={label} className="overflow-visible text-[11px]">
        <defs>
          <linearGradient id="spread-fade-right" x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor="#38bdf8" stopOpacity="0.85" />
            <stop offset="1" stopColor="#38bdf8" stopOpacity="0" />
          </linearGradient>
          <linearGradient id="spread-fade-left" x1="1" x2="0" y1="0" y2="0">
            <stop offset="0" stopColor="#38bdf8" stopOpacity="0.85" />
            <stop offset="1" stopColor="#38bdf8" stopOpacity="0" />
          </linearGradient>
        </defs>
        {ticks.map((t, i) => (
          <g key={i} data-mark="tick">
            <line x1={x(chart, t)} x2={x(chart, t)} y1={AXIS - 4} y2={height - 8} className="stroke-gray-200" />
            <text x={x(chart, t)} y={AXIS - 10} textAnchor={i === 0 ? 'start' : i === 4 ? 'end' : 'middle'} className="fill-gray-500">
              {formatAxisValue(chart.kind, chart.unit, chart.base + t)}
            </text>
          </g>
        ))}
        {binned ? <Bins chart={chart} citationHref={citationHref} target={linkTarget} /> : <Rows chart={chart} citationHref={citationHref} target={linkTarget} />}
      </svg>
    </figure>
  );
}

type MarksProps<C> = { chart: C; citationHref: (figureId: number) => string; target?: '_blank' };

function Rows({ chart, citationHref, target }: MarksProps<SpreadChartData>) {
  return chart.rows.map((r, i) => {
    const y = AXIS + i * ROW;
    const tip = `${r.value} · ${r.source} · click for the citation`;
    return (
      <a key={r.figureId} href={citationHref(r.figureId)} target={target} rel={target && 'noopener'} aria-label={`${r.value}, ${r.source}`} data-figure-id={r.figureId} className="spread-mark">
        <title>{tip}</title>
        <rect x="0" y={y} width="100%" height={ROW} className="fill-transparent" />
        <text x={`${PLOT_LEFT - 1}%`} y={y + ROW / 2 + 4} textAnchor="end" data-mark="label" className="fill-gray-700">{r.label}</text>
        {r.openBelow > 0 && <rect data-mark="open" x={x(chart, r.offset)} y={y + 9} width={w(chart, r.openBelow)} height={ROW - 18} fill="url(#spread-fade-left)" />}
        <rect data-mark="stated" x={x(chart, r.offset + r.openBelow)} y={y + 6} width={w(chart, r.stated)} height={ROW - 12} rx="2" className="fill-blue-500" />
        {r.openAbove > 0 && <rect data-mark="open" x={x(chart, r.offset + r.openBelow + r.stated)} y={y + 9} width={w(chart, r.openAbove)} height={ROW - 18} fill="url(#spread-fade-right)" />}
      </a>
    );
  });
}

function Bins({ chart, citationHref, target }: MarksProps<BinnedChart>) {
  const bins = chart.bins;
  const most = Math.max(1, ...bins.map((b) => b.count));
  return bins.map((b, i) => {
    if (!b.firstFigureId) return null;
    const h = Math.max(2, (b.count / most) * 190);
    const range = `${formatAxisValue(chart.kind, chart.unit, chart.base + b.from)} – ${formatAxisValue(chart.kind, chart.unit, chart.base + b.to)}`;
    return (
      <a key={i} href={citationHref(b.firstFigureId)} target={target} rel={target && 'noopener'} aria-label={`${b.count} figures state ${range}`} data-figure-id={b.firstFigureId} className="spread-mark">
        <title>{`${b.count} figures state values in ${range} · click for the first citation`}</title>
        <rect data-mark="bin" x={x(chart, b.from)} y={AXIS + 200 - h} width={w(chart, (b.to - b.from) * 0.9)} height={h} className="fill-blue-500" />
      </a>
    );
  });
}
