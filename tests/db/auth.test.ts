import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { AccountError, authenticate, canWrite, createUser, ensureFirstAdmin, getUserByName, setUserDisabled } from '../../lib/auth/accounts';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { getSessionSecret } from '../../lib/auth/secret';
import { freshDb, tmpPath } from '../setup/db';

describe('accounts', () => {
  test('passwords are stored as salted scrypt hashes and verified in constant time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    assert.match(a, /^scrypt\$17\$8\$1\$[\w-]+\$[\w-]+$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse battery', a), true);
    assert.equal(await verifyPassword('correct horse batterY', a), false);
    assert.equal(await verifyPassword('anything', 'plain-text'), false);
  });

  test('an editor signs in until disabled; names are unique; short passwords are refused', async () => {
    const { db } = freshDb();
    const { user, password } = await createUser(db, 'ana', { role: 'editor' });
    assert.equal(user.passwordHash.includes(password), false);
    assert.equal((await authenticate(db, 'ana', password))?.id, user.id);
    assert.equal(await authenticate(db, 'ana', 'wrong password!'), null);
    assert.equal(await authenticate(db, 'nobody', password), null);
    assert.equal(canWrite(user), true);
    setUserDisabled(db, 'ana', true);
    assert.equal(await authenticate(db, 'ana', password), null);
    assert.equal(canWrite(getUserByName(db, 'ana')), false);
    await assert.rejects(createUser(db, 'ana', { role: 'editor' }), AccountError);
    await assert.rejects(createUser(db, 'bo', { role: 'editor', password: 'short' }), /at least 12 characters/);
    await assert.rejects(createUser(db, 'no spaces', { role: 'editor' }), /not a usable name/);
  });

  test('the first admin is created once, on a database without users', async () => {
    const { db } = freshDb();
    const first = await ensureFirstAdmin(db, '');
    assert.equal(first?.name, 'admin');
    assert.ok(first?.password && (await authenticate(db, 'admin', first.password))?.role === 'admin');
    assert.equal(await ensureFirstAdmin(db, ''), null);
  });

  test('the session secret is generated once beside the database, readable by its owner only', () => {
    const dbPath = join(tmpPath('secret'), 'spread.db');
    const path = join(dirname(dbPath), 'session-secret');
    rmSync(path, { force: true });
    const secret = getSessionSecret(dbPath);
    assert.ok(secret.length >= 32);
    assert.equal(getSessionSecret(dbPath), secret);
    assert.equal(readFileSync(path, 'utf8'), secret);
    assert.equal(statSync(path).mode & 0o777, 0o600);
  });

  test('the first npm start on a new database prints the admin password once; user:add prints a new one once', () => {
    const db = tmpPath('first-start.db');
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const env = { ...process.env, DATABASE_PATH: db, SPREAD_SEED: '0', SPREAD_ADMIN_PASSWORD: '' };
    const first = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    const password = /name "admin", password (\S+)/.exec(first.stdout)?.[1];
    assert.ok(password, first.stdout);
    const second = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, encoding: 'utf8' });
    assert.doesNotMatch(second.stdout, /password/);
    assert.ok(existsSync(join(dirname(db), 'session-secret')));

    const added = spawnSync('npx', ['tsx', 'scripts/user.ts', 'add', 'ben', '--admin'], { env, encoding: 'utf8' });
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /added admin "ben"\npassword: \S+/);
    const dup = spawnSync('npx', ['tsx', 'scripts/user.ts', 'add', 'ben'], { env, encoding: 'utf8' });
    assert.equal(dup.status, 1);
    assert.match(dup.stderr, /a user named "ben" already exists/);
    const disabled = spawnSync('npx', ['tsx', 'scripts/user.ts', 'disable', 'ben'], { env, encoding: 'utf8' });
    assert.match(disabled.stdout, /disabled "ben"/);
  });
});
