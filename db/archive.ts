import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Db } from './client';

/**
 * Writes a copy of the whole archive to a new SQLite file (`VACUUM INTO`: consistent while others write), then
 * removes what is not evidence: accounts and their password hashes, unsaved drafts, and who added each source.
 */
export function writeArchiveCopy(db: Db, path: string): void {
  if (existsSync(path)) throw new Error(`${path} exists: choose a new file`);
  db.$client.prepare('VACUUM INTO ?').run(path);
  const copy = new Database(path);
  try {
    copy.pragma('foreign_keys = OFF');
    copy.exec('UPDATE source_originals SET added_by = NULL; DELETE FROM source_drafts; DELETE FROM users;');
    copy.exec('VACUUM');
  } finally {
    copy.close();
  }
}
