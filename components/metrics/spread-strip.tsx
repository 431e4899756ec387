import type { SpreadChart } from '@/lib/spread/chart-rows';

/** The strip's drawing width in SVG units (it is shown 160 px wide, stretched to fit). */
const WIDTH = 1000;
/** Marks stay visible: at least 3 px of the 160 px strip. */
const MIN_MARK = (3 / 160) * WIDTH;

/**
 * A one-line plot for the overview table, drawn from the metric's stored summary: its lowest and highest
 * figures on the metric's own axis (open bounds lighter) and, under them, a dark line over the median interval.
 * One SVG of rectangles, positions rounded to a tenth of a unit and overlapping marks drawn as one: a page of 25
 * rows stays a few kilobytes however many values a row has (a row of 30 dates in two clusters draws two marks).
 */
export function SpreadStrip({ chart, median, label }: { chart: SpreadChart; median: { low: number; high: number } | null; label: string }) {
  const at = (v: number) => Math.round((v / chart.width) * WIDTH * 10) / 10;
  const drawn: { x: number; width: number; open: boolean }[] = [];
  const mark = (from: number, length: number, open: boolean) => {
    const width = Math.max(at(length), open ? 0 : MIN_MARK);
    if (width > 0) drawn.push({ x: at(from), width, open });
  };
  for (const r of chart.rows) {
    mark(r.offset, r.openBelow, true);
    mark(r.offset + r.openBelow, r.stated, false);
    mark(r.offset + r.openBelow + r.stated, r.openAbove, true);
  }
  const marks = [false, true].flatMap((open) => mergeOverlaps(drawn.filter((m) => m.open === open)));
  return (
    <svg role="img" aria-label={label} data-testid="spread-strip" viewBox={`0 0 ${WIDTH} 20`} preserveAspectRatio="none" className="h-5 w-40">
      <rect width={WIDTH} height={16} rx={12} className="fill-gray-100" />
      {marks.map((m) => (
        <rect key={`${m.x} ${m.width} ${m.open}`} data-mark x={m.x} y={m.open ? 4 : 2} width={m.width} height={m.open ? 8 : 12}
          className={m.open ? 'fill-sky-400/50' : 'fill-blue-600/70'} />
      ))}
      {median && chart.rows.length > 1 && (
        <rect data-testid="spread-strip-median" x={at(median.low - chart.base)} y={17} width={Math.max(at(median.high - median.low), MIN_MARK / 1.5)} height={3}
          className="fill-gray-800" />
      )}
    </svg>
  );
}

/** Marks of one kind sorted by position, each run of overlapping ones merged into one covering them. */
function mergeOverlaps<M extends { x: number; width: number }>(marks: M[]): M[] {
  const merged: M[] = [];
  for (const m of [...marks].sort((a, b) => a.x - b.x)) {
    const last = merged[merged.length - 1];
    if (last && m.x <= last.x + last.width) last.width = Math.round((Math.max(last.x + last.width, m.x + m.width) - last.x) * 10) / 10;
    else merged.push({ ...m });
  }
  return merged;
}
