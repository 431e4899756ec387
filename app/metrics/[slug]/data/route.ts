// A metric page's data twin (/metrics/SLUG.csv, .json): every figure its chart draws, in citation order.
import { getDb } from '@/db/client';
import { listExportFiguresForMetrics } from '@/db/queries/exports';
import { getMetricBySlug } from '@/db/queries/metrics';
import { requestOrigin } from '@/lib/share/origin';
import { exportResponse } from '@/lib/share/stream';
import { exportParamsSchema, searchParamsObject } from '@/lib/validation/export';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) return Response.json({ error: 'not_found:metric' }, { status: 404 });
  const url = new URL(request.url);
  const o = exportParamsSchema.parse(searchParamsObject(url.searchParams));
  return exportResponse([listExportFiguresForMetrics(db, [metric.id])], { ...o, origin: requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL) }, metric.slug);
}
