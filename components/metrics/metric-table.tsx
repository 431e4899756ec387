import Link from '@/components/ui/link';
import type { OverviewRow } from '@/lib/spread/overview-rows';
import { VerdictBadge } from '../ui/verdict-badge';
import { SpreadStrip } from './spread-strip';

/**
 * The overview's list of metrics: one row per metric, in the order the view asks for. `contradicted` counts, by
 * slug, the story's other metrics of the same measure whose values lie outside the row's range.
 */
export function MetricTable({ rows, caption, contradicted }: { rows: OverviewRow[]; caption: string; contradicted?: Map<string, number> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label={caption}>
        <thead className="border-b border-gray-200 text-xs uppercase tracking-wide text-gray-500">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Metric</th>
            <th scope="col" className="py-2 pr-4 font-medium">Values stated</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Sources</th>
            <th scope="col" className="py-2 pr-4 font-medium">Spread</th>
            <th scope="col" className="py-2 pr-4 font-medium">Verdict</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Open</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.slug} data-testid="metric-row" data-slug={row.slug} className="align-middle hover:bg-gray-50">
              <th scope="row" className="max-w-xs py-2 pr-4 font-medium text-gray-900">
                <Link href={`/metrics/${row.slug}`} className="hover:text-blue-700 hover:underline">
                  {row.label}
                </Link>
              </th>
              <td className="py-2 pr-4 tabular-nums text-gray-800" data-testid="metric-span">{row.span}</td>
              <td className="py-2 pr-4 text-right tabular-nums text-gray-700">{row.sourceCount}</td>
              <td className="py-2 pr-4">
                <SpreadStrip chart={row.strip} median={row.median} label={`Spread of ${row.label}: ${row.span}; dark line under it: the median`} />
              </td>
              <td className="py-2 pr-4" title={row.verdictReason}>
                <VerdictBadge verdict={row.verdict} />
                {contradicted?.get(row.slug) ? (
                  <Link href={`/metrics/${row.slug}#related-metrics`} data-testid="contradicted" className="mt-1 block text-xs text-amber-800 hover:underline">
                    {contradicted.get(row.slug) === 1 ? 'but 1 related metric states other values' : `but ${contradicted.get(row.slug)} related metrics state other values`}
                  </Link>
                ) : null}
              </td>
              <td className="py-2 text-right">
                <Link href={`/metrics/${row.slug}`} className="whitespace-nowrap text-blue-700 hover:underline" aria-label={`Open ${row.label}`}>
                  Details →
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
