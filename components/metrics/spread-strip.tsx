import type { SpreadChart } from '@/lib/spread/chart-rows';

/**
 * A one-line plot for the overview table, drawn from the metric's stored summary: its lowest and highest
 * figures on the metric's own axis (open bounds fading) and, under them, a dark line over the median interval.
 */
export function SpreadStrip({ chart, median, label }: { chart: SpreadChart; median: { low: number; high: number } | null; label: string }) {
  const pct = (v: number) => `${(v / chart.width) * 100}%`;
  return (
    <div role="img" aria-label={label} data-testid="spread-strip" className="relative h-4 w-40 rounded-sm bg-gray-100">
      {chart.rows.flatMap((r) => [
        r.openBelow > 0 && (
          <span
            key={`${r.figureId}-below`}
            className="absolute inset-y-1 bg-gradient-to-l from-sky-400/80 to-transparent"
            style={{ left: pct(r.offset), width: pct(r.openBelow) }}
          />
        ),
        <span
          key={r.figureId}
          className="absolute inset-y-0.5 min-w-[3px] rounded-sm bg-blue-600/70"
          style={{ left: pct(r.offset + r.openBelow), width: pct(r.stated) }}
        />,
        r.openAbove > 0 && (
          <span
            key={`${r.figureId}-above`}
            className="absolute inset-y-1 bg-gradient-to-r from-sky-400/80 to-transparent"
            style={{ left: pct(r.offset + r.openBelow + r.stated), width: pct(r.openAbove) }}
          />
        ),
      ])}
      {median && chart.rows.length > 1 && (
        <span
          data-testid="spread-strip-median"
          className="absolute -bottom-1 h-0.5 min-w-[2px] bg-gray-800"
          style={{ left: pct(median.low - chart.base), width: pct(median.high - median.low) }}
        />
      )}
    </div>
  );
}
