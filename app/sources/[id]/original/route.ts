import { getDb } from '@/db/client';
import { getSourceOriginal } from '@/db/queries/source-originals';

type Context = { params: Promise<{ id: string }> };

/** The bytes a source was read from, as fetched or uploaded: what the page said when it was checked. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const original = /^\d+$/.test(id) ? getSourceOriginal(getDb(), Number(id)) : undefined;
  if (!original) return new Response('not_found:source_original', { status: 404 });
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      'content-type': original.contentType,
      // A stored page is someone else's HTML: shown in a sandbox (no scripts, an opaque origin) so it can never act on this site.
      'content-security-policy': "sandbox; default-src 'none'; img-src * data:; style-src * 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=0',
    },
  });
}
