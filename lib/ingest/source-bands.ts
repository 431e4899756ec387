// The near-duplicate index: each source's MinHash signature (sources.signature) and band keys
// (`source_bands`), written with every new source and filled once for sources stored before the index
// existed, by the first ingest that finds them.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { chunks } from '../collections';
import type { DbOrTx } from '../../db/client';
import { sourceBands, sources } from '../../db/schema';
import { listParam, prepared } from './prepared';
import { bandKeys, estimatedResemblance, minhash, shingles } from './similar';

/** Below this estimated resemblance a candidate's text is not read: the estimate errs by about 0.06 at 60 minima. */
const READ_TEXT_FROM = 0.5;

/** Stores a source's signature and band keys, e.g. `storeSourceBands(tx, 12, minhash(shingles(text)))`. */
export function storeSourceBands(db: DbOrTx, sourceId: number, signature: Uint32Array): void {
  const q = prepared(db, 'bands', () => bandQueries(db));
  q.setSignature.run({ id: sourceId, signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) });
  const band = prepared(db, 'source_bands+', () => db.insert(sourceBands).values({ key: sql.placeholder('key'), sourceId: sql.placeholder('source') }).onConflictDoNothing().prepare());
  for (const key of bandKeys(signature)) band.run({ key, source: sourceId });
}

/**
 * The sources of a story that repeat no other and may resemble a text: they share a band with its signature
 * and their signatures come close; only these are read and compared word by word.
 */
export function resemblingInStory(db: DbOrTx, story: number, signature: Uint32Array, except: number): { id: number; title: string; shingles: Set<number> }[] {
  const q = prepared(db, 'bands', () => bandQueries(db));
  const banded = q.sourcesInBands.all({ list: JSON.stringify(bandKeys(signature)) }).map((r) => r.id).filter((id) => id !== except);
  const close: number[] = [];
  for (const part of chunks(banded, 500))
    for (const s of q.unrepeatedInStory.all({ list: JSON.stringify(part), story }))
      if (s.signature && estimatedResemblance(signature, toSignature(s.signature)) >= READ_TEXT_FROM) close.push(s.id);
  return close.sort((a, b) => a - b).map((id) => {
    const read = q.text.get({ id })!;
    return { id, title: read.title, shingles: shingles(read.text) };
  });
}

/** The index's statements, prepared once per connection or transaction: every ingested source runs them. */
function bandQueries(db: DbOrTx) {
  const id = sql.placeholder('id');
  return {
    setSignature: db.update(sources).set({ signature: sql`${sql.placeholder('signature')}` }).where(eq(sources.id, id)).prepare(),
    sourcesInBands: db.selectDistinct({ id: sourceBands.sourceId }).from(sourceBands).where(inArray(sourceBands.key, listParam)).prepare(),
    unrepeatedInStory: db.select({ id: sources.id, signature: sources.signature }).from(sources)
      .where(and(inArray(sources.id, listParam), eq(sources.storyId, sql.placeholder('story')), isNull(sources.duplicateOf))).prepare(),
    text: db.select({ title: sources.title, text: sources.text }).from(sources).where(eq(sources.id, id)).prepare(),
  };
}

const toSignature = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/**
 * Signatures and bands for every source that has none (a database from before the index); returns how many
 * were filled. Every ingest writes its sources' signatures, so only the newest source is looked at first.
 */
export function fillSourceBands(db: DbOrTx): number {
  const newest = db.get<{ missing: number | null }>(sql`SELECT signature IS NULL AS missing FROM sources ORDER BY id DESC LIMIT 1`);
  if (!newest?.missing) return 0;
  const missing = db.select({ id: sources.id, text: sources.text }).from(sources).where(isNull(sources.signature)).all();
  for (const s of missing) storeSourceBands(db, s.id, minhash(shingles(s.text)));
  return missing.length;
}
