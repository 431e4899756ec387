import type { ReactNode } from 'react';
import { chartView, isBinned, type BinnedChart } from '@/lib/spread/bins';
import type { SpreadChart as SpreadChartData } from '@/lib/spread/chart-rows';
import type { SpreadSummary as Summary } from '@/lib/spread/summarize';
import type { SpreadVerdict } from '@/lib/spread/types';
import { SpreadChart } from '../charts/spread-chart';
import { Panel } from '../ui/card';
import { SpreadSummary } from './spread-summary';

/** The spread chart and summary of a metric, saying how many figures the desk left out of both; `aside` goes under the summary. */
export function MetricSpreadPanels({ chart, summary, verdict, unit, label, leftOut, citationHref, aside }: {
  chart: SpreadChartData | BinnedChart;
  summary: Summary;
  verdict: SpreadVerdict;
  unit: string | null;
  label: string;
  leftOut: number;
  citationHref: (id: number) => string;
  aside?: ReactNode;
}) {
  return (
    <div className="grid items-start gap-5 lg:grid-cols-[1fr_18rem]">
      <Panel title="Spread" aside={`n = ${summary.nCharted} figures charted from ${summary.nSources} sources`}>
        <SpreadChart chart={chart} label={`Spread of ${label}`} citationHref={citationHref} />
        <p className="mt-2 text-xs text-gray-500">
          {isBinned(chartView(chart))
            ? 'Too many figures for one bar each: each bar counts the figures stating a value in its slice of the axis (a range counts in every slice it covers). Click a bar for the first of its citations.'
            : 'One bar per figure, lowest first. A wide bar is a stated range; a fading tail marks an open bound (“over”, “at least” fade right; “up to” fades left). Click a bar for its citation.'}
        </p>
      </Panel>
      <div className="space-y-5">
      <Panel title="Summary">
        <SpreadSummary summary={summary} verdict={verdict} unit={unit} />
        <p className="mt-3 text-xs text-gray-600" data-testid="rank-note">
          {leftOut
            ? `Follows the desk's ranks: ${leftOut} rejected or deprecated figure${leftOut === 1 ? ' is' : 's are'} left out of the chart and this summary, and listed apart below.`
            : "Follows the desk's ranks: rejected and deprecated figures would be left out; none are."}
        </p>
      </Panel>
      {aside}
      </div>
    </div>
  );
}
