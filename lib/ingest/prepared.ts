// Statements an ingest runs once per source or per figure, prepared once per connection or transaction:
// building a drizzle query costs more than running it (sql text, parameters, better-sqlite3's prepare).
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

const cache = new WeakMap<object, Map<string, unknown>>();

/** The statement `build` makes for `db`, built on first use, e.g. `prepared(tx, 'term+1', () => tx.insert(...).prepare())`; or any value kept per connection or transaction. */
export function prepared<T>(db: DbOrTx, key: string, build: () => T): T {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  if (!statements.has(key)) statements.set(key, build());
  return statements.get(key) as T;
}

/**
 * Placeholders for a row's columns, and a key naming that shape, e.g. `bound({ id: 3, note: null })` →
 * `{ key: 'id,note?', values: { id: sql.placeholder('id'), note: sql`${sql.placeholder('note')}` } }`. A null binds
 * as is: through a column's encoder a JSON column would store the text 'null' and a timestamp would throw.
 */
export function bound(row: Record<string, unknown>): { key: string; values: Record<string, ReturnType<typeof sql.placeholder> | SQL> } {
  const values: Record<string, ReturnType<typeof sql.placeholder> | SQL> = {};
  let key = '';
  for (const c of Object.keys(row)) {
    const isNull = row[c] === null;
    values[c] = isNull ? sql`${sql.placeholder(c)}` : sql.placeholder(c);
    key += isNull ? `${c}?,` : `${c},`;
  }
  return { key, values };
}

/** One bound JSON array as an SQL list (bind `list: JSON.stringify(values)`), so a statement with `IN (…)` is prepared once whatever the list's length. */
export const listParam = sql`(SELECT value FROM json_each(${sql.placeholder('list')}))`;
