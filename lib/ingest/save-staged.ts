import { deflateSync } from 'node:zlib';
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { figures, sourceOriginals, sources } from '../../db/schema';
import { prepareSource } from './index';
import { saveSources, type SaveResult } from './save';
import type { StagedSource } from './staged';

/** The same content given twice in one batch is one source. */
export function dedupeStaged(staged: StagedSource[]) {
  const seen = new Set<string>();
  return staged
    .map((s) => ({ staged: s, prepared: prepareSource(s.input) }))
    .filter(({ prepared }) => !seen.has(prepared.contentHash) && seen.add(prepared.contentHash));
}

/**
 * Stores staged sources with their provenance, e.g. `saveStaged(db, staged, { now, userId })`: the sources, figures
 * and regrouped metrics (saveSources), each source's original bytes (deflated) and its figures' PDF page numbers,
 * all in one transaction. A source whose text is already stored is reported in `alreadyStored`, not stored twice.
 */
export function saveStaged(db: Db, staged: StagedSource[], options: { now: Date; userId: number | null }): SaveResult {
  // Not deduplicated here: a repeat within the batch is reported as already stored, like one stored before.
  const items = staged.map((s) => ({ staged: s, prepared: prepareSource(s.input) }));
  // better-sqlite3 nests saveSources' own transaction as a savepoint inside this one: all of it commits or none.
  // IMMEDIATE: the write lock is taken before the first read, so concurrent ingests queue on the busy timeout.
  return db.transaction(() => {
    const result = saveSources(db, items.map((i) => i.prepared), options.now);
    if (result.added.length === 0) return result;
    const added = new Set(result.added.map((a) => a.id));
    const ids = new Map(
      db.select({ id: sources.id, hash: sources.contentHash }).from(sources)
        .where(inArray(sources.contentHash, items.map((i) => i.prepared.contentHash))).all()
        .map((r) => [r.hash, r.id]),
    );
    for (const { staged: s, prepared } of items) {
      const sourceId = ids.get(prepared.contentHash);
      if (sourceId === undefined || !added.has(sourceId)) continue;
      added.delete(sourceId);
      const o = s.original;
      db.insert(sourceOriginals).values({
        sourceId,
        contentType: o.contentType,
        byteLength: o.bytes.length,
        bytes: deflateSync(o.bytes),
        fetchedUrl: o.fetchedUrl,
        finalUrl: o.finalUrl,
        redirects: o.redirects,
        retrievedAt: o.retrievedAt,
        pageStarts: s.pageStarts,
        addedBy: options.userId,
      }).run();
      if (s.pageStarts) setFigurePages(db, sourceId, s.pageStarts);
    }
    return result;
  }, { behavior: 'immediate' });
}

function setFigurePages(db: Db, sourceId: number, pageStarts: number[]): void {
  pageStarts.forEach((start, i) => {
    const end = pageStarts[i + 1] ?? Number.MAX_SAFE_INTEGER;
    db.update(figures).set({ page: i + 1 })
      .where(and(eq(figures.sourceId, sourceId), gte(figures.start, start), lt(figures.start, end))).run();
  });
}
