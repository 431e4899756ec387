import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users, type User } from '../../db/schema';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password';

export type Role = User['role'];

/** A problem with an account request (a taken name, a short password): the message says what to do. */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

const NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

/**
 * Adds a user, e.g. `await createUser(db, 'ana', { role: 'editor' })`; without a password one is generated.
 * Returns the password so the caller can show it once: only its hash is stored.
 */
export async function createUser(db: Db, name: string, options: { role: Role; password?: string; now?: Date }) {
  if (!NAME.test(name)) throw new AccountError(`"${name}" is not a usable name: 2-40 letters, digits, dots, dashes or underscores`);
  if (getUserByName(db, name)) throw new AccountError(`a user named "${name}" already exists`);
  const password = options.password ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const passwordHash = await hashPassword(password);
  const user = db.insert(users)
    .values({ name, passwordHash, role: options.role, createdAt: options.now ?? new Date() })
    .returning().get();
  return { user, password };
}

export function getUserByName(db: Db, name: string): User | undefined {
  return db.select().from(users).where(eq(users.name, name)).get();
}

export function getUser(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function listUsers(db: Db) {
  return db.select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled, createdAt: users.createdAt })
    .from(users).orderBy(users.id).all();
}

/** Disables or re-enables a user; a disabled user's session stops working on its next request. */
export function setUserDisabled(db: Db, name: string, disabled: boolean): User {
  const user = db.update(users).set({ disabled }).where(eq(users.name, name)).returning().get();
  if (!user) throw new AccountError(`no user named "${name}"`);
  return user;
}

// A name that does not exist still costs one scrypt, so response time does not tell which names exist.
let dummyHash: Promise<string> | undefined;

/** The user a name and password sign in as, or null (unknown name, wrong password or disabled). */
export async function authenticate(db: Db, name: string, password: string): Promise<User | null> {
  const user = getUserByName(db, name.trim());
  if (!user) {
    dummyHash ??= hashPassword(generatePassword());
    await verifyPassword(password, await dummyHash);
    return null;
  }
  const ok = await verifyPassword(password, user.passwordHash);
  return ok && !user.disabled ? user : null;
}

/** Whether a user may write (add sources): signed in, not disabled, editor or admin. */
export function canWrite(user: Pick<User, 'role' | 'disabled'> | null | undefined): boolean {
  return !!user && !user.disabled && (user.role === 'editor' || user.role === 'admin');
}

/**
 * On a database without users, creates `admin` and returns its password to print once.
 * `SPREAD_ADMIN_PASSWORD` sets that password instead (then nothing needs printing).
 */
export async function ensureFirstAdmin(db: Db, password = process.env.SPREAD_ADMIN_PASSWORD): Promise<{ name: string; password: string | null } | null> {
  if (countUsers(db) > 0) return null;
  const created = await createUser(db, 'admin', { role: 'admin', password: password || undefined });
  return { name: created.user.name, password: password ? null : created.password };
}
