import { formatAxisValue } from '@/lib/spread/format';
import type { SpreadSummary as Summary } from '@/lib/spread/summarize';
import type { SpreadVerdict } from '@/lib/spread/types';
import { MetaList } from '../ui/meta-list';
import { VerdictBadge } from '../ui/verdict-badge';

/** n, min, max, median, max/min and the plain verdict for one metric. */
export function SpreadSummary({ summary, verdict, unit }: { summary: Summary; verdict: SpreadVerdict; unit: string | null }) {
  const fmt = (v: number | null) => (v === null ? null : formatAxisValue(summary.kind, unit, v));
  const median = summary.median;
  const medianText = median && (median.low === median.high ? fmt(median.low) : `${fmt(median.low)} – ${fmt(median.high)}`);
  return (
    <section aria-label="Summary" data-testid="spread-summary" className="space-y-3">
      <div className="flex items-center gap-2">
        <VerdictBadge verdict={verdict.verdict} />
      </div>
      <p className="text-sm text-gray-700" data-testid="verdict-reason">{verdict.reason}</p>
      <MetaList
        items={[
          ['Sources', summary.nSources],
          ['Figures', summary.nCharted === summary.nFigures ? summary.nFigures : `${summary.nFigures} (${summary.nFigures - summary.nCharted} vague, not charted)`],
          ['Lowest', fmt(summary.min)],
          ['Highest', fmt(summary.max)],
          ['Median', medianText],
          ['Max / min', summary.ratio === null ? null : `${summary.ratio.toFixed(2)}×`],
        ]}
      />
    </section>
  );
}
