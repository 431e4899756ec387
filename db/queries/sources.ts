import { asc, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { sources, type Source } from '../schema';
import { countFiguresBySource } from './figures';

/** One source with its stored text, or undefined. */
export function getSource(db: Db, id: number): Source | undefined {
  return db.select().from(sources).where(eq(sources.id, id)).get();
}

/** A source's title without its text (for labels such as a filter chip), or undefined. */
export function getSourceTitle(db: Db, id: number): string | undefined {
  return db.select({ title: sources.title }).from(sources).where(eq(sources.id, id)).get()?.title;
}

/** One page of sources' metadata (no text) with how many figures were extracted from each, oldest first, and the total. */
export function listSources(db: Db, page: { limit: number; offset: number }) {
  const total = db.select({ n: count() }).from(sources).get()?.n ?? 0;
  const rows = db
    .select({ id: sources.id, title: sources.title, publisher: sources.publisher, publishedAt: sources.publishedAt })
    .from(sources)
    .orderBy(asc(sources.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  const counts = countFiguresBySource(db, rows.map((r) => r.id));
  return { total, rows: rows.map((r) => ({ ...r, figureCount: counts.get(r.id) ?? 0 })) };
}

// A source's metadata as the read API lists it: everything but its text.
const sourceMeta = {
  id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url, publishedAt: sources.publishedAt,
  retrievedAt: sources.retrievedAt, format: sources.format, contentHash: sources.contentHash, extractorVersion: sources.extractorVersion,
  warnings: sources.warnings, duplicateOf: sources.duplicateOf,
};

/** Up to `limit` sources with ids above `afterId` (the overview's order, oldest first), with their figure counts. */
export function listSourcesAfter(db: Db, afterId: number, limit: number) {
  const rows = db.select(sourceMeta).from(sources).where(gt(sources.id, afterId)).orderBy(asc(sources.id)).limit(limit).all();
  const counts = countFiguresBySource(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, figureCount: counts.get(r.id) ?? 0 }));
}

export type SourceMetaRow = ReturnType<typeof listSourcesAfter>[number];

/** One source's metadata with its figure count (no text), or undefined. */
export function getSourceMeta(db: Db, id: number): SourceMetaRow | undefined {
  const row = db.select(sourceMeta).from(sources).where(eq(sources.id, id)).get();
  return row && { ...row, figureCount: countFiguresBySource(db, [id]).get(id) ?? 0 };
}
