// A source page's data twin (/sources/ID.csv, .json): every figure highlighted in its text, in text order.
import { getDb } from '@/db/client';
import { listExportFiguresForSource } from '@/db/queries/exports';
import { getSourceTitle } from '@/db/queries/sources';
import { requestOrigin } from '@/lib/share/origin';
import { exportResponse } from '@/lib/share/stream';
import { exportFormatSchema, exportParamsSchema, searchParamsObject } from '@/lib/validation/export';

export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const format = exportFormatSchema.safeParse((await params).format);
  if (!format.success) return Response.json({ error: 'not_found:format' }, { status: 404 });
  const { id } = await params;
  const db = getDb();
  if (!/^\d+$/.test(id) || getSourceTitle(db, Number(id)) === undefined) return Response.json({ error: 'not_found:source' }, { status: 404 });
  const url = new URL(request.url);
  const o = exportParamsSchema.parse(searchParamsObject(url.searchParams));
  return exportResponse([listExportFiguresForSource(db, Number(id))], { ...o, format: format.data, origin: requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL) }, `source-${id}`);
}
