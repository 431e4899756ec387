// The metric's spread chart as a standalone SVG file, its title, n and sources drawn in the image.
import { getDb } from '@/db/client';
import { listChartFiguresForMetric } from '@/db/queries/figures';
import { getMetricBySlug } from '@/db/queries/metrics';
import { chartSvg } from '@/lib/share/chart-svg';
import { requestOrigin } from '@/lib/share/origin';
import { sourceLabel, toSpreadChartRows } from '@/lib/spread';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) return Response.json({ error: 'not_found:metric' }, { status: 404 });
  const figures = listChartFiguresForMetric(db, metric.id);
  const chart = toSpreadChartRows(figures);
  const svg = chartSvg(chart, {
    title: metric.label,
    nFigures: chart.rows.length,
    nSources: new Set(chart.rows.map((r) => r.sourceId)).size,
    sources: figures.map((f) => sourceLabel(f, 60)),
    url: `${requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL)}/metrics/${metric.slug}`,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' } });
}
