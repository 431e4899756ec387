// A metric page's data twin (/metrics/SLUG.csv, .json): every figure its chart draws, in citation order.
import { getDb } from '@/db/client';
import { listExportFiguresForMetrics } from '@/db/queries/exports';
import { getMetricBySlug } from '@/db/queries/metrics';
import { requestOrigin } from '@/lib/share/origin';
import { exportResponse } from '@/lib/share/stream';
import { exportFormatSchema, exportParamsSchema, searchParamsObject } from '@/lib/validation/export';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const format = exportFormatSchema.safeParse((await params).format);
  if (!format.success) return Response.json({ error: 'not_found:format' }, { status: 404 });
  const db = getDb();
  const metric = getMetricBySlug(db, (await params).slug);
  if (!metric) return Response.json({ error: 'not_found:metric' }, { status: 404 });
  const url = new URL(request.url);
  const o = exportParamsSchema.parse(searchParamsObject(url.searchParams));
  return exportResponse([listExportFiguresForMetrics(db, [metric.id])], { ...o, format: format.data, origin: requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL) }, metric.slug);
}
