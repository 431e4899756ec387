import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A database or an open transaction on it: writers that must join a caller's transaction take this. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export const DEFAULT_DATABASE_PATH = 'data/spread.db';
const migrationsFolder = join(process.cwd(), 'db', 'migrations');

/**
 * How long a connection waits for another writer before failing with "database is locked". Ingests, the
 * app's workers and `npm start` share one file; a write transaction regroups every metric, which takes
 * a second or two on a large database, so several queued ingests need more than better-sqlite3's 5 s.
 */
export const BUSY_TIMEOUT_MS = 30_000;

/** Opens (creating if needed) a SQLite file with the pragmas Spread relies on, e.g. `createDb('tests/.tmp/a.db')`. */
export function createDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // The timeout is set on open, before the first pragma: switching a new file to WAL needs the lock too.
  const sqlite = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema });
}

/**
 * Applies the committed drizzle-kit migrations; a no-op when the file is current. Safe when several processes
 * prepare one new file at once: drizzle reads which migrations are applied before its transaction opens, so
 * the later of two racers applies the first migration again and fails ("table already exists") after the
 * other commits. That transaction rolls back whole; read again, there is then nothing left to apply.
 */
export function migrateDb(db: Db): void {
  for (let attempt = 1; ; attempt++) {
    try {
      migrate(db, { migrationsFolder });
      return;
    } catch (err) {
      const message = String((err as Error).message ?? err);
      const raced = /already exists|duplicate column name|database is locked/i.test(message);
      if (!raced || attempt >= 5) throw err;
    }
  }
}

/** Opens and migrates a database file. Filling it with the sample corpus is `scripts/prepare-db.ts`'s job. */
export function openDb(path: string): Db {
  const db = createDb(path);
  migrateDb(db);
  return db;
}

/** The path of the app's database: `DATABASE_PATH`, else data/spread.db. */
export const databasePath = () => process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;

const cache = globalThis as unknown as { spreadDb?: Db };

/** The app's database (see `databasePath`), opened and migrated once per process. */
export function getDb(): Db {
  cache.spreadDb ??= openDb(databasePath());
  return cache.spreadDb;
}
