import Link from 'next/link';
import type { RankedMetric } from '@/lib/spread/rank';
import { VerdictBadge } from '../ui/verdict-badge';
import { SpreadStrip } from './spread-strip';

export interface MetricRowData {
  slug: string;
  label: string;
}

/** The overview's ranking: one row per metric, most disagreement first. */
export function MetricTable({ ranked }: { ranked: RankedMetric<MetricRowData>[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Metrics ranked by disagreement">
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
          {ranked.map(({ metric, span, summary, verdict, chart }) => (
            <tr key={metric.slug} data-testid="metric-row" data-slug={metric.slug} className="align-middle hover:bg-gray-50">
              <th scope="row" className="max-w-xs py-2 pr-4 font-medium text-gray-900">
                <Link href={`/metrics/${metric.slug}`} className="hover:text-blue-700 hover:underline">
                  {metric.label}
                </Link>
              </th>
              <td className="py-2 pr-4 tabular-nums text-gray-800" data-testid="metric-span">{span}</td>
              <td className="py-2 pr-4 text-right tabular-nums text-gray-700">{summary.nSources}</td>
              <td className="py-2 pr-4">
                <SpreadStrip chart={chart} label={`Spread of ${metric.label}: ${span}`} />
              </td>
              <td className="py-2 pr-4" title={verdict.reason}>
                <VerdictBadge verdict={verdict.verdict} />
              </td>
              <td className="py-2 text-right">
                <Link href={`/metrics/${metric.slug}`} className="whitespace-nowrap text-blue-700 hover:underline" aria-label={`Open ${metric.label}`}>
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
