'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authenticate } from '@/lib/auth/accounts';
import { endSession, startSession } from '@/lib/auth/session';
import { signInSchema } from '@/lib/validation/auth';

export type SignInState = { ok: false; message: string; name: string } | null;

// Only a path on this site may follow sign-in, never another origin ("//evil.example" included).
const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/?=&.#%]*$/.test(next) ? next : '/sources/new');

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const name = String(formData.get('name') ?? '');
  if (!parsed.success) return { ok: false, message: Object.values(z.flattenError(parsed.error).fieldErrors).flat()[0] ?? 'Give your name and password.', name };
  const user = await authenticate(getDb(), parsed.data.name, parsed.data.password);
  // One message for every failure, so the form does not tell which names exist or which are disabled.
  if (!user) return { ok: false, message: 'Wrong name or password, or the account is disabled.', name };
  await startSession(user);
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/');
}
