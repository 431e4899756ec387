import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listChartFiguresForMetric, listCitationOrder, listFiguresByIds, listFiguresForMetric, listLeftOutFigures } from '@/db/queries/figures';
import { deskVerdictFor } from '@/db/queries/desk-verdicts';
import { getMetricBySlug, listBucketNeighbours } from '@/db/queries/metrics';
import { getLastUndoable, getMetricReview, listFigurePicks, listLeftOutReasons, listMetricChoices, listMetricHistory } from '@/db/queries/review';
import { CitationList } from '@/components/citations/citation-list';
import { MetricSpreadPanels } from '@/components/metrics/metric-spread-panels';
import { RelatedMetrics } from '@/components/metrics/related-metrics';
import { DeskVerdict } from '@/components/review/desk-verdict';
import { HistorySection } from '@/components/review/history-list';
import { LeftOutList } from '@/components/review/left-out-list';
import { MetricCuration } from '@/components/review/metric-curation';
import { MetricNotes } from '@/components/review/metric-notes';
import { SignInToReview } from '@/components/review/sign-in-to-review';
import { UndoLast } from '@/components/review/undo-last';
import { ClaimReviewScript } from '@/components/share/claim-review-script';
import { SharePanel } from '@/components/share/share-panel';
import { Panel } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { getEditor } from '@/lib/auth/session';
import { requestOrigin } from '@/lib/share/origin';
import { chartedRows, chartView, emptyChart, figureInterval, storedSummary, toSpreadChartRows } from '@/lib/spread';
import { toOverviewRows } from '@/lib/spread/overview-rows';
import { apart, measureName, sameMeasure } from '@/lib/spread/related';
import { listPageParamsSchema } from '@/lib/validation/overview';
import { curateMetricAction, undoAction } from '@/app/review/actions';

const CITATIONS_PER_PAGE = 25;
/** How many of the story's other metrics measuring the same thing the page lists. */
const RELATED_MAX = 10;

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
  const editor = await getEditor();
  // The chart draws every figure the desk did not leave out; the citations below are one page of them, in the same order.
  // Past MAX_CHART_ROWS the chart is the binned one stored with the summary, and only the figures' ids are read;
  // with nothing to chart (every figure vague) no figure is read for it either.
  const chart = metric.chartBins
    ?? (metric.chartedCount === 0 ? emptyChart(metric.kind, metric.unit) : chartView(toSpreadChartRows(listChartFiguresForMetric(db, metric.id))));
  const order = listCitationOrder(db, metric.id);
  const leftOut = listLeftOutFigures(db, metric.id);
  const review = getMetricReview(db, metric.id);
  const pageOf = new Map(order.map((id, i) => [id, Math.floor(i / CITATIONS_PER_PAGE) + 1]));
  const figures = listFiguresForMetric(db, metric.id, { limit: CITATIONS_PER_PAGE, offset: (page - 1) * CITATIONS_PER_PAGE });
  const { summary, verdict } = storedSummary(metric);
  const d = review.decision;
  const desk = d?.verdictLow != null ? { low: d.verdictLow, high: d.verdictHigh ?? d.verdictLow, note: d.verdictNote ?? '', figures: review.verdictFigures, by: review.by } : null;
  const href = (id: number) => (pageOf.get(id) === page ? `#figure-${id}` : `?page=${pageOf.get(id)}#figure-${id}`);
  const origin = requestOrigin(await headers(), process.env.SPREAD_PUBLIC_URL);
  const verdictByDesk = deskVerdictFor(db, metric.id, origin);
  const related = sameMeasure(metric, listBucketNeighbours(db, metric)).slice(0, RELATED_MAX);
  const relatedRows = toOverviewRows(related, listFiguresByIds(db, related.flatMap((m) => m.spanFigureIds)));
  return (
    <div className="space-y-5">
      {verdictByDesk && <ClaimReviewScript review={{ ...verdictByDesk, reviewUrl: `${origin}/metrics/${metric.slug}`, reviewer: process.env.SPREAD_DESK_NAME ?? 'Spread' }} />}
      <div>
        <Link href="/" className="text-sm text-blue-700 hover:underline">← Overview</Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">{metric.label}</h1>
        {metric.description && <p className="text-sm text-gray-600" data-testid="metric-scope">{metric.description}</p>}
      </div>
      <MetricNotes mergedInto={review.mergedInto} notComparable={review.notComparable} />
      <DeskVerdict desk={desk} machine={verdict} kind={metric.kind} unit={metric.unit ?? chart.unit} />
      <MetricSpreadPanels chart={chart} summary={summary} verdict={verdict} unit={metric.unit ?? chart.unit} label={metric.label} leftOut={leftOut.length} citationHref={href}
        aside={<Panel title="Share"><SharePanel slug={metric.slug} title={metric.label} rows={chartedRows(chart)} origin={origin} /></Panel>} />
      {related.length > 0 && <RelatedMetrics rows={relatedRows} measure={measureName(metric.label)} apart={related.filter((c) => apart(metric, c)).length} />}
      <section aria-labelledby="citations-heading" className="space-y-3">
        <h2 id="citations-heading" className="text-base font-semibold">Citations ({order.length})</h2>
        <CitationList figures={figures} charted={new Set(figures.filter((f) => figureInterval(f)).map((f) => f.id))} />
        <Pagination label="Citation pages" params={{}} param="page" page={page} perPage={CITATIONS_PER_PAGE} total={order.length} />
      </section>
      <LeftOutList figures={leftOut} reasons={listLeftOutReasons(db, leftOut.map((f) => f.id))} />
      <Panel title="Curate this metric">
        {!editor ? <SignInToReview next={`/metrics/${metric.slug}`} /> : d?.mergedInto ? <p className="text-sm text-gray-600">Merged: curate the metric it was merged into.</p> : (
          <div className="space-y-4">
            <UndoLast last={getLastUndoable(db, editor.id)} action={undoAction} />
            <MetricCuration metric={metric} version={d?.version ?? 0} scope={d?.scope ?? null} action={curateMetricAction}
              verdict={d ? { low: d.verdictLow, high: d.verdictHigh, note: d.verdictNote, figureIds: d.verdictFigureIds } : null}
              figures={listFigurePicks(db, metric.id)} others={listMetricChoices(db, metric.storyId, metric.id)} />
          </div>
        )}
      </Panel>
      <HistorySection events={listMetricHistory(db, metric.id)} label="Metric history" />
    </div>
  );
}
