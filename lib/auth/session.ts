import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { DEFAULT_DATABASE_PATH, getDb } from '../../db/client';
import type { User } from '../../db/schema';
import { canWrite, getUser } from './accounts';
import { SESSION_COOKIE } from './cookie';
import { getSessionSecret } from './secret';

interface SessionData {
  userId?: number;
}

const WEEK = 7 * 24 * 3600;

// The cookie is sealed (encrypted and signed) by iron-session, HTTP-only, SameSite=Lax, and Secure whenever
// the request arrived over HTTPS (Next sets x-forwarded-proto), so plain http://127.0.0.1 still works locally.
async function sessionOptions(): Promise<SessionOptions> {
  const https = (await headers()).get('x-forwarded-proto') === 'https';
  return {
    password: getSessionSecret(process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH),
    cookieName: SESSION_COOKIE,
    ttl: WEEK,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: https, path: '/' },
  };
}

async function session() {
  return getIronSession<SessionData>(await cookies(), await sessionOptions());
}

/** The signed-in user, read fresh from the database on every request: a disabled user counts as signed out. */
export async function getCurrentUser(): Promise<User | null> {
  const { userId } = await session();
  if (!userId) return null;
  const user = getUser(getDb(), userId);
  return user && !user.disabled ? user : null;
}

/** The signed-in user if they may write, else null: every write checks this before touching anything. */
export async function getEditor(): Promise<User | null> {
  const user = await getCurrentUser();
  return canWrite(user) ? user : null;
}

export async function startSession(user: User): Promise<void> {
  const s = await session();
  s.userId = user.id;
  await s.save();
}

export async function endSession(): Promise<void> {
  (await session()).destroy();
}

/** The message a refused write answers with. */
export const SIGN_IN_TO_WRITE = 'Sign in as an editor to add sources. Ask an admin for an account if you have none.';
