import Link from '@/components/ui/link';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listFiguresByIds } from '@/db/queries/figures';
import { getTotals, listBucketNeighbours, listMetricSummaries, listMetricUnits } from '@/db/queries/metrics';
import { getSourceTitle, listSources } from '@/db/queries/sources';
import { ActiveSourceFilter } from '@/components/metrics/active-source-filter';
import { MetricFilters } from '@/components/metrics/metric-filters';
import { MetricTable } from '@/components/metrics/metric-table';
import { Totals } from '@/components/metrics/totals';
import { ExportLinks } from '@/components/share/export-links';
import { SourceList } from '@/components/sources/source-list';
import { Panel } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { toOverviewRows } from '@/lib/spread/overview-rows';
import { contradicting } from '@/lib/spread/related';
import { overviewParamsSchema } from '@/lib/validation/overview';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  await connection();
  const view = overviewParamsSchema.parse(await searchParams);
  const db = getDb();
  const filtered = [view.q, view.verdict, view.unit, view.source].some((v) => v !== undefined);
  const totals = getTotals(db);
  const metrics = listMetricSummaries(db, view, view.per);
  const rows = toOverviewRows(metrics.rows, listFiguresByIds(db, metrics.rows.flatMap((m) => m.spanFigureIds)));
  // A metric whose sources agree may still be contradicted by one grouping kept apart: the row says so.
  const contradicted = new Map(metrics.rows.filter((m) => m.verdict !== 'disagree')
    .map((m) => [m.slug, contradicting(m, listBucketNeighbours(db, m)).length] as const).filter(([, n]) => n > 0));
  // A search or filter is about metrics: the archive's source list stays on the plain overview.
  const sources = filtered ? null : listSources(db, { limit: view.per, offset: (view.sourcesPage - 1) * view.per });
  const params = { q: view.q, verdict: view.verdict, unit: view.unit, source: view.source?.toString(), sort: view.sort === 'rank' ? undefined : view.sort, per: view.per === 25 ? undefined : String(view.per) };
  // The data twins carry the list's view: its filters, sort and page.
  const exportQuery = new URLSearchParams(Object.entries({ ...params, page: view.page > 1 ? String(view.page) : undefined }).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Where sources disagree</h1>
        <p className="text-sm text-gray-600">
          Every figure each source states, grouped into metrics. Metrics whose sources disagree come first.
        </p>
      </div>
      <Totals {...totals} />
      <Panel title="Metrics" aside={<span data-testid="metric-count">{filtered ? `${metrics.total} of ${totals.metrics} metrics match` : `${metrics.total} metrics, ranked by disagreement`}</span>}>
        <MetricFilters units={listMetricUnits(db)} source={view.source} />
        {view.source !== undefined && <ActiveSourceFilter title={getSourceTitle(db, view.source) ?? `source ${view.source}`} params={params} />}
        {rows.length ? <MetricTable rows={rows} caption="Metrics" contradicted={contradicted} /> : <p className="text-sm text-gray-500">{filtered ? 'No metric matches this search.' : 'No metric yet: ingest sources that share a figure.'}</p>}
        <div className="mt-3"><ExportLinks base="/index" query={exportQuery} all /></div>
        <Pagination label="Metric pages" params={{ ...params, sourcesPage: view.sourcesPage > 1 ? String(view.sourcesPage) : undefined }} param="page" page={view.page} perPage={view.per} total={metrics.total} />
      </Panel>
      {sources ? (
        <Panel title="Sources" aside={`${sources.total} sources`}>
          <SourceList sources={sources.rows} />
          <Pagination label="Source pages" params={{ ...params, page: view.page > 1 ? String(view.page) : undefined }} param="sourcesPage" page={view.sourcesPage} perPage={view.per} total={sources.total} />
        </Panel>
      ) : (
        <p className="text-sm"><Link href="/" className="text-blue-700 hover:underline">All {totals.sources} sources: the overview without filters →</Link></p>
      )}
    </div>
  );
}
