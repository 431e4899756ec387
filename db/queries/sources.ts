import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { figures, sources, type Source } from '../schema';

/** One source with its stored text, or undefined. */
export function getSource(db: Db, id: number): Source | undefined {
  return db.select().from(sources).where(eq(sources.id, id)).get();
}

/** Every source's metadata (no text) with how many figures were extracted from it, oldest first. */
export function listSources(db: Db) {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      publishedAt: sources.publishedAt,
      figureCount: count(figures.id),
    })
    .from(sources)
    .leftJoin(figures, eq(figures.sourceId, sources.id))
    .groupBy(sources.id)
    .orderBy(asc(sources.id))
    .all();
}
