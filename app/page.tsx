import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getTotals, listMetricsWithFigures } from '@/db/queries/metrics';
import { listSources } from '@/db/queries/sources';
import { MetricTable } from '@/components/metrics/metric-table';
import { Totals } from '@/components/metrics/totals';
import { SourceList } from '@/components/sources/source-list';
import { Panel } from '@/components/ui/card';
import { rankMetrics } from '@/lib/spread/rank';

export default async function OverviewPage() {
  await connection();
  const db = getDb();
  const totals = getTotals(db);
  const ranked = rankMetrics(listMetricsWithFigures(db));
  const sources = listSources(db);
  const disagreeing = ranked.filter((r) => r.verdict.verdict === 'disagree').length;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Where sources disagree</h1>
        <p className="text-sm text-gray-600">
          Every figure each source states, grouped into metrics. Metrics whose sources disagree come first.
        </p>
      </div>
      <Totals {...totals} disagreeing={disagreeing} />
      <Panel title="Metrics" aside={`${ranked.length} metrics, ranked by disagreement`}>
        {ranked.length ? <MetricTable ranked={ranked} /> : <p className="text-sm text-gray-500">No metric yet: ingest sources that share a figure.</p>}
      </Panel>
      <Panel title="Sources" aside={`${sources.length} sources`}>
        <SourceList sources={sources} />
      </Panel>
    </div>
  );
}
