// Statements an ingest runs once per source or per figure, prepared once per connection or transaction:
// building a drizzle query costs more than running it (sql text, parameters, better-sqlite3's prepare).
import type { DbOrTx } from '../../db/client';

const cache = new WeakMap<object, Map<string, unknown>>();

/** The statement `build` makes for `db`, built on first use, e.g. `prepared(tx, 'term+1', () => tx.insert(...).prepare())`; or any value kept per connection or transaction. */
export function prepared<T>(db: DbOrTx, key: string, build: () => T): T {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  if (!statements.has(key)) statements.set(key, build());
  return statements.get(key) as T;
}
