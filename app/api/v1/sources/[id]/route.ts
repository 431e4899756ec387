// GET /api/v1/sources/{id}: one source's metadata (no text).
import { getDb } from '@/db/client';
import { getSourceMeta } from '@/db/queries/sources';
import { apiError, toApiSource } from '@/lib/share/api';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const source = /^\d+$/.test(id) ? getSourceMeta(getDb(), Number(id)) : undefined;
  return source ? Response.json(toApiSource(source)) : apiError('not_found:source');
}
