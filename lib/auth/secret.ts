import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the session secret lives: beside the database file, never in the repository (data/ is ignored). */
export function sessionSecretPath(databasePath: string): string {
  return join(dirname(databasePath), 'session-secret');
}

/**
 * The key that seals session cookies: `SESSION_SECRET` when set, else a random key generated on first run
 * and kept (mode 0600) beside the database, so sessions survive restarts.
 */
export function getSessionSecret(databasePath: string): string {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    return fromEnv;
  }
  const path = sessionSecretPath(databasePath);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      // 'wx' fails if another process wrote it first; then read theirs.
      writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    chmodSync(path, 0o600);
  }
  return readFileSync(path, 'utf8').trim();
}
