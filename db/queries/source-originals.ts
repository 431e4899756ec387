import { eq } from 'drizzle-orm';
import { inflateSync } from 'node:zlib';
import type { Db } from '../client';
import { sourceOriginals, users } from '../schema';

/** Where one source was read from (no bytes), with the name of the editor who added it; undefined for seeded sources. */
export function getSourceProvenance(db: Db, sourceId: number) {
  return db
    .select({
      contentType: sourceOriginals.contentType,
      byteLength: sourceOriginals.byteLength,
      fetchedUrl: sourceOriginals.fetchedUrl,
      finalUrl: sourceOriginals.finalUrl,
      redirects: sourceOriginals.redirects,
      retrievedAt: sourceOriginals.retrievedAt,
      addedBy: users.name,
    })
    .from(sourceOriginals)
    .leftJoin(users, eq(users.id, sourceOriginals.addedBy))
    .where(eq(sourceOriginals.sourceId, sourceId))
    .get();
}

export type SourceProvenance = NonNullable<ReturnType<typeof getSourceProvenance>>;

/** The original bytes of a source as they were read, inflated, with their content type. */
export function getSourceOriginal(db: Db, sourceId: number): { contentType: string; bytes: Buffer } | undefined {
  const row = db.select({ contentType: sourceOriginals.contentType, bytes: sourceOriginals.bytes })
    .from(sourceOriginals).where(eq(sourceOriginals.sourceId, sourceId)).get();
  return row && { contentType: row.contentType, bytes: inflateSync(row.bytes) };
}
