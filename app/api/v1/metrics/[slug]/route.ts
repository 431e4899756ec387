// GET /api/v1/metrics/{slug}: one metric with its stored summary.
import { getDb } from '@/db/client';
import { getMetricBySlug } from '@/db/queries/metrics';
import { apiError, toApiMetric } from '@/lib/share/api';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const metric = getMetricBySlug(getDb(), (await params).slug);
  return metric ? Response.json(toApiMetric(metric)) : apiError('not_found:metric');
}
