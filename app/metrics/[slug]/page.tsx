import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listChartFiguresForMetric, listFiguresForMetric } from '@/db/queries/figures';
import { deskVerdictFor } from '@/db/queries/desk-verdicts';
import { getMetricBySlug } from '@/db/queries/metrics';
import { SpreadChart } from '@/components/charts/spread-chart';
import { CitationList } from '@/components/citations/citation-list';
import { SpreadSummary } from '@/components/metrics/spread-summary';
import { ClaimReviewScript } from '@/components/share/claim-review-script';
import { SharePanel } from '@/components/share/share-panel';
import { Panel } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { requestOrigin } from '@/lib/share/origin';
import { storedSummary, toSpreadChartRows } from '@/lib/spread';
import { listPageParamsSchema } from '@/lib/validation/overview';

const CITATIONS_PER_PAGE = 50;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const metric = getMetricBySlug(getDb(), (await params).slug);
  return { title: metric?.label ?? 'Metric not found' };
}

export default async function MetricPage({ params, searchParams }: Props) {
  await connection();
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) notFound();
  const { page } = listPageParamsSchema.parse(await searchParams);
  // The chart draws every figure (light columns); the citations below are one page of them, in the same order.
  const all = listChartFiguresForMetric(db, metric.id);
  const pageOf = new Map(all.map((f, i) => [f.id, Math.floor(i / CITATIONS_PER_PAGE) + 1]));
  const figures = listFiguresForMetric(db, metric.id, { limit: CITATIONS_PER_PAGE, offset: (page - 1) * CITATIONS_PER_PAGE });
  const chart = toSpreadChartRows(all);
  const { summary, verdict } = storedSummary(metric);
  const href = (id: number) => (pageOf.get(id) === page ? `#figure-${id}` : `?page=${pageOf.get(id)}#figure-${id}`);
  const origin = requestOrigin(await headers(), process.env.SPREAD_PUBLIC_URL);
  const verdictByDesk = deskVerdictFor(db, metric.id);
  return (
    <div className="space-y-5">
      {verdictByDesk && <ClaimReviewScript review={{ ...verdictByDesk, reviewUrl: `${origin}/metrics/${metric.slug}`, reviewer: process.env.SPREAD_DESK_NAME ?? 'Spread' }} />}
      <div>
        <Link href="/" className="text-sm text-blue-700 hover:underline">← Overview</Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">{metric.label}</h1>
        {metric.description && <p className="text-sm text-gray-600">{metric.description}</p>}
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-[1fr_18rem]">
        <Panel title="Spread" aside={`n = ${summary.nCharted} figures charted from ${summary.nSources} sources`}>
          <SpreadChart chart={chart} label={`Spread of ${metric.label}`} citationHref={href} />
          <p className="mt-2 text-xs text-gray-500">
            {chart.rows.length > 120
              ? 'Too many figures for one bar each: each bar counts the figures stating a value in its slice of the axis (a range counts in every slice it covers). Click a bar for the first of its citations.'
              : 'One bar per figure, lowest first. A wide bar is a stated range; a fading tail marks an open bound (“over”, “at least” fade right; “up to” fades left). Click a bar for its citation.'}
          </p>
        </Panel>
        <div className="space-y-5">
          <Panel title="Summary">
            <SpreadSummary summary={summary} verdict={verdict} unit={metric.unit ?? chart.unit} />
          </Panel>
          <Panel title="Share">
            <SharePanel slug={metric.slug} title={metric.label} rows={chart.rows.length} origin={origin} />
          </Panel>
        </div>
      </div>
      <section aria-labelledby="citations-heading" className="space-y-3">
        <h2 id="citations-heading" className="text-base font-semibold">Citations ({all.length})</h2>
        <CitationList figures={figures} charted={new Set(chart.rows.map((r) => r.figureId))} />
        <Pagination label="Citation pages" params={{}} param="page" page={page} perPage={CITATIONS_PER_PAGE} total={all.length} />
      </section>
    </div>
  );
}
