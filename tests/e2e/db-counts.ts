import Database from 'better-sqlite3';
import { E2E_DATABASE_PATH } from './env';

/** Row counts of every table a save writes, read straight from the app's SQLite file. */
export function storedCounts(): Record<string, number> {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    const n = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { sources: n('sources'), figures: n('figures'), metrics: n('metrics'), originals: n('source_originals') };
  } finally {
    db.close();
  }
}
