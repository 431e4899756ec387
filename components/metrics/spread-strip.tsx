import type { SpreadChart } from '@/lib/spread/chart-rows';

/** A one-line dot plot for the overview table: every charted figure on the metric's own axis. */
export function SpreadStrip({ chart, label }: { chart: SpreadChart; label: string }) {
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
    </div>
  );
}
