import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listFiguresForMetric } from '@/db/queries/figures';
import { getMetricBySlug } from '@/db/queries/metrics';
import { SpreadChart } from '@/components/charts/spread-chart';
import { CitationList } from '@/components/citations/citation-list';
import { SpreadSummary } from '@/components/metrics/spread-summary';
import { Panel } from '@/components/ui/card';
import { spreadVerdict, summarizeSpread, toSpreadChartRows } from '@/lib/spread';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const metric = getMetricBySlug(getDb(), (await params).slug);
  return { title: metric?.label ?? 'Metric not found' };
}

export default async function MetricPage({ params }: Props) {
  await connection();
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) notFound();
  const figures = listFiguresForMetric(db, metric.id);
  const summary = summarizeSpread(figures);
  const chart = toSpreadChartRows(figures);
  const unit = metric.unit ?? chart.unit;
  return (
    <div className="space-y-5">
      <div>
        <Link href="/" className="text-sm text-blue-700 hover:underline">← Overview</Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">{metric.label}</h1>
        {metric.description && <p className="text-sm text-gray-600">{metric.description}</p>}
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-[1fr_18rem]">
        <Panel title="Spread" aside={`n = ${summary.nCharted} figures charted from ${summary.nSources} sources`}>
          <SpreadChart chart={chart} label={`Spread of ${metric.label}`} />
          <p className="mt-2 text-xs text-gray-500">
            One bar per figure, lowest first. A wide bar is a stated range; a fading tail marks an open bound
            (“over”, “at least” fade right; “up to” fades left). Click a bar for its citation.
          </p>
        </Panel>
        <Panel title="Summary">
          <SpreadSummary summary={summary} verdict={spreadVerdict(figures)} unit={unit} />
        </Panel>
      </div>
      <section aria-labelledby="citations-heading" className="space-y-3">
        <h2 id="citations-heading" className="text-base font-semibold">Citations ({figures.length})</h2>
        <CitationList figures={figures} charted={new Set(chart.rows.map((r) => r.figureId))} />
      </section>
    </div>
  );
}
