import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as schema from './schema';
import { seedSampleCorpus } from './seed';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A database or an open transaction on it: writers that must join a caller's transaction take this. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export const DEFAULT_DATABASE_PATH = 'data/spread.db';
const migrationsFolder = join(process.cwd(), 'db', 'migrations');

/** Opens (creating if needed) a SQLite file with the pragmas Spread relies on, e.g. `createDb('tests/.tmp/a.db')`. */
export function createDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Next runs several workers against one file; wait for a writer instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

/** Applies the committed drizzle-kit migrations; a no-op when the file is current. */
export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Opens, migrates and (unless `seed` is false) fills an empty database with the sample corpus. */
export function openDb(path: string, options: { seed?: boolean } = {}): Db {
  const db = createDb(path);
  migrateDb(db);
  if (options.seed !== false) seedSampleCorpus(db);
  return db;
}

const cache = globalThis as unknown as { spreadDb?: Db };

/** The app's database: `DATABASE_PATH` (default data/spread.db); `SPREAD_SEED=0` leaves an empty one empty. */
export function getDb(): Db {
  cache.spreadDb ??= openDb(process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH, {
    seed: process.env.SPREAD_SEED !== '0',
  });
  return cache.spreadDb;
}
