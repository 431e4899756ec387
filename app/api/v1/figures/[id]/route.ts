// GET /api/v1/figures/{id}: one figure with its citation (the export columns).
import { getDb } from '@/db/client';
import { getExportFigure } from '@/db/queries/exports';
import { apiError } from '@/lib/share/api';
import { toExportRow } from '@/lib/share/export-rows';
import { requestOrigin } from '@/lib/share/origin';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const figure = /^\d+$/.test(id) ? getExportFigure(getDb(), Number(id)) : undefined;
  return figure ? Response.json(toExportRow(figure, requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL))) : apiError('not_found:figure');
}
