import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, migrateDb, type Db } from '../../db/client';

const tmp = join(process.cwd(), 'tests', '.tmp');
const base = join(tmp, `base-${process.pid}.db`);
let counter = 0;

/** A fresh, migrated SQLite file for one test: migrations run once per process, then the file is copied. */
export function freshDb(): { db: Db; path: string } {
  mkdirSync(tmp, { recursive: true });
  if (!existsSync(base)) {
    const db = createDb(base);
    migrateDb(db);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
  }
  const path = join(tmp, `test-${process.pid}-${++counter}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  copyFileSync(base, path);
  return { db: createDb(path), path };
}

export function tmpPath(name: string): string {
  mkdirSync(tmp, { recursive: true });
  return join(tmp, `${process.pid}-${name}`);
}
