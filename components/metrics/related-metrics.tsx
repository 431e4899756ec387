import type { OverviewRow } from '@/lib/spread/overview-rows';
import { Panel } from '../ui/card';
import { MetricTable } from './metric-table';

/**
 * The story's other metrics that measure the same thing, kept apart by grouping. A verdict of "agree" on this
 * page says nothing of them, so they stand next to it, and say so when their values lie outside this one's.
 */
export function RelatedMetrics({ rows, measure, apart }: { rows: OverviewRow[]; measure: string; apart: number }) {
  return (
    <Panel id="related-metrics" title="Also measured in this story" aside={`${rows.length} other metric${rows.length === 1 ? '' : 's'}`}>
      <div data-testid="related-metrics" className="space-y-3">
        <p className="text-sm text-gray-700" data-testid="related-note">
          {apart > 0 ? (
            <strong className="font-semibold text-amber-800">
              {apart === 1 ? 'One of them states' : `${apart} of them state`} only values outside this metric&apos;s range.{' '}
            </strong>
          ) : null}
          They also measure “{measure}” in sources on this story. Spread kept them apart because their sources
          describe what they count, or where or when, differently; if they measure the same thing, the verdict above
          is not the whole story, and an editor can merge them under “Curate this metric”.
        </p>
        <MetricTable rows={rows} caption="Other metrics measuring the same in this story" />
      </div>
    </Panel>
  );
}
