import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listChartFiguresForMetric, listFiguresForMetric } from '@/db/queries/figures';
import { getMetricBySlug } from '@/db/queries/metrics';
import { ChartTooltips } from '@/components/charts/chart-tooltips';
import { SpreadChart } from '@/components/charts/spread-chart';
import { EmbedFooter } from '@/components/share/embed-footer';
import { formatFigureValue, sourceLabel, toSpreadChartRows } from '@/lib/spread';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return { title: getMetricBySlug(getDb(), (await params).slug)?.label ?? 'Metric not found', robots: { index: false } };
}

/** The spread chart alone, for an article's iframe: a mark's value, source and quote on hover or focus; a link back. */
export default async function EmbedMetricPage({ params }: Props) {
  await connection();
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) notFound();
  const chart = toSpreadChartRows(listChartFiguresForMetric(db, metric.id));
  const cited = listFiguresForMetric(db, metric.id);
  const tips = Object.fromEntries(cited.map((f) => [f.id, { value: formatFigureValue(f), source: `${f.sourceTitle}${f.sourcePublisher ? ` (${f.sourcePublisher})` : ''}`, quote: f.quote }]));
  const page = `/metrics/${metric.slug}`;
  return (
    <div className="p-3">
      <h1 className="text-base font-semibold">
        <a href={page} target="_blank" rel="noopener" className="hover:underline">{metric.label}</a>
      </h1>
      <p className="mb-2 text-xs text-gray-600">n = {chart.rows.length} figures charted from {new Set(chart.rows.map((r) => r.sourceId)).size} sources · hover or tab to a bar for its quote</p>
      {/* Room on the left for the row labels, which the chart draws right-aligned in its first 30%. */}
      <div className="pl-20">
        <ChartTooltips tips={tips}>
          <SpreadChart chart={chart} label={`Spread of ${metric.label}`} citationHref={(id) => `/figures/${id}`} linkTarget="_blank" />
        </ChartTooltips>
      </div>
      <EmbedFooter sources={[...new Set(cited.map((f) => sourceLabel(f, 60)))]} href={page} />
    </div>
  );
}
