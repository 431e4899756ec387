// The overview's data twin (/index.csv, /index.json): one row per figure of the metrics the overview shows,
// with its search, filters, sort and page; `all=1` takes every matching metric.
import { getDb } from '@/db/client';
import { iterateOverviewExport } from '@/db/queries/exports';
import { requestOrigin } from '@/lib/share/origin';
import { exportResponse } from '@/lib/share/stream';
import { exportFormatSchema, exportParamsSchema, searchParamsObject } from '@/lib/validation/export';
import { overviewParamsSchema } from '@/lib/validation/overview';

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const format = exportFormatSchema.safeParse((await params).format);
  if (!format.success) return Response.json({ error: 'not_found:format' }, { status: 404 });
  const url = new URL(request.url);
  const query = searchParamsObject(url.searchParams);
  const view = overviewParamsSchema.parse(query);
  const o = exportParamsSchema.parse(query);
  return exportResponse(iterateOverviewExport(getDb(), view, o.all), { ...o, format: format.data, origin: requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL) }, o.all ? 'metrics-all' : `metrics-page-${view.page}`);
}
