// GET /api/v1/metrics: metrics with their stored summaries, with the overview's search, filters and sort.
import { getDb } from '@/db/client';
import { listMetricSummariesAfter, metricCursorLength } from '@/db/queries/metrics';
import { apiError, apiPage, nextPageUrl, toApiMetric } from '@/lib/share/api';
import { decodeCursor, encodeCursor } from '@/lib/share/cursor';
import { apiPageParamsSchema } from '@/lib/validation/api';
import { searchParamsObject } from '@/lib/validation/export';
import { overviewParamsSchema } from '@/lib/validation/overview';

export function GET(request: Request) {
  const query = searchParamsObject(new URL(request.url).searchParams);
  const paging = apiPageParamsSchema.safeParse(query);
  if (!paging.success) return apiError('bad_request:limit', 'limit is a whole number from 1 to 500');
  const view = overviewParamsSchema.parse(query);
  const after = paging.data.cursor === undefined ? null : decodeCursor(paging.data.cursor, metricCursorLength(view.sort));
  if (paging.data.cursor !== undefined && !after) return apiError('bad_request:cursor', 'pass the next_cursor of a page of this same list');
  const { rows, lastKey } = listMetricSummariesAfter(getDb(), view, after, paging.data.limit);
  const cursor = rows.length === paging.data.limit && lastKey ? encodeCursor(lastKey) : null;
  return Response.json(apiPage(rows.map(toApiMetric), cursor, nextPageUrl(request.url, cursor)));
}
