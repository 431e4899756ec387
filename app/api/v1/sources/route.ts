// GET /api/v1/sources: sources' metadata (no text), oldest first, as the overview lists them.
import { getDb } from '@/db/client';
import { listSourcesAfter } from '@/db/queries/sources';
import { apiError, apiPage, nextPageUrl, toApiSource } from '@/lib/share/api';
import { decodeCursor, encodeCursor } from '@/lib/share/cursor';
import { apiPageParamsSchema } from '@/lib/validation/api';
import { searchParamsObject } from '@/lib/validation/export';

export function GET(request: Request) {
  const paging = apiPageParamsSchema.safeParse(searchParamsObject(new URL(request.url).searchParams));
  if (!paging.success) return apiError('bad_request:limit', 'limit is a whole number from 1 to 500');
  const after = paging.data.cursor === undefined ? [0] : decodeCursor(paging.data.cursor, 1);
  if (!after || typeof after[0] !== 'number') return apiError('bad_request:cursor', 'pass the next_cursor of a page of this same list');
  const rows = listSourcesAfter(getDb(), after[0], paging.data.limit);
  const cursor = rows.length === paging.data.limit ? encodeCursor([rows[rows.length - 1].id]) : null;
  return Response.json(apiPage(rows.map(toApiSource), cursor, nextPageUrl(request.url, cursor)));
}
