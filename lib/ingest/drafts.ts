import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { sourceDrafts } from '../../db/schema';
import type { StagedSource } from './staged';

const DAY = 24 * 3600 * 1000;

/** A new random key for one preview's drafts (unguessable, and only its owner can load it anyway). */
export function newDraftKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Keeps a read source for a later save, e.g. `insertDraft(db, key, userId, staged, now)`; drafts a day old are dropped. */
export function insertDraft(db: Db, draftKey: string, userId: number, staged: StagedSource, now: Date): void {
  const { original, ...rest } = staged;
  const json = JSON.stringify({ ...rest, original: { ...original, bytes: Buffer.from(original.bytes).toString('base64'), retrievedAt: original.retrievedAt.toISOString() } });
  db.transaction((tx) => {
    tx.delete(sourceDrafts).where(lt(sourceDrafts.createdAt, new Date(now.getTime() - DAY))).run();
    tx.insert(sourceDrafts).values({ draftKey, userId, createdAt: now, payload: deflateSync(json) }).run();
  });
}

/** A user's drafts under one key, in the order they were read; another user's key gives nothing. */
export function loadDrafts(db: Db, draftKey: string, userId: number): StagedSource[] {
  return db.select({ payload: sourceDrafts.payload }).from(sourceDrafts)
    .where(and(eq(sourceDrafts.draftKey, draftKey), eq(sourceDrafts.userId, userId)))
    .orderBy(asc(sourceDrafts.id)).all()
    .map((row) => {
      const parsed = JSON.parse(inflateSync(row.payload).toString('utf8'));
      return { ...parsed, original: { ...parsed.original, bytes: Buffer.from(parsed.original.bytes, 'base64'), retrievedAt: new Date(parsed.original.retrievedAt) } };
    });
}

export function deleteDrafts(db: DbOrTx, draftKey: string, userId: number): void {
  db.delete(sourceDrafts).where(and(eq(sourceDrafts.draftKey, draftKey), eq(sourceDrafts.userId, userId))).run();
}
