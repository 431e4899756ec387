// GET /api/v1/figures: figures with their citations (the export columns), of one metric and/or one source.
import { getDb } from '@/db/client';
import { listExportFiguresAfter } from '@/db/queries/exports';
import { getMetricBySlug } from '@/db/queries/metrics';
import { apiError, apiPage, nextPageUrl } from '@/lib/share/api';
import { decodeCursor, encodeCursor } from '@/lib/share/cursor';
import { toExportRow } from '@/lib/share/export-rows';
import { requestOrigin } from '@/lib/share/origin';
import { apiFigureFiltersSchema, apiPageParamsSchema } from '@/lib/validation/api';
import { searchParamsObject } from '@/lib/validation/export';

export function GET(request: Request) {
  const query = searchParamsObject(new URL(request.url).searchParams);
  const paging = apiPageParamsSchema.safeParse(query);
  const filters = apiFigureFiltersSchema.safeParse(query);
  if (!paging.success) return apiError('bad_request:limit', 'limit is a whole number from 1 to 500');
  if (!filters.success) return apiError('bad_request:source', 'source is a source id');
  const after = paging.data.cursor === undefined ? [0] : decodeCursor(paging.data.cursor, 1);
  if (!after || typeof after[0] !== 'number') return apiError('bad_request:cursor', 'pass the next_cursor of a page of this same list');
  const db = getDb();
  const metricId = filters.data.metric === undefined ? undefined : getMetricBySlug(db, filters.data.metric)?.id;
  if (filters.data.metric !== undefined && metricId === undefined) return apiError('not_found:metric');
  const rows = listExportFiguresAfter(db, { metricId, sourceId: filters.data.source }, after[0], paging.data.limit);
  const cursor = rows.length === paging.data.limit ? encodeCursor([rows[rows.length - 1].id]) : null;
  const origin = requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL);
  return Response.json(apiPage(rows.map((f) => toExportRow(f, origin)), cursor, nextPageUrl(request.url, cursor)));
}
