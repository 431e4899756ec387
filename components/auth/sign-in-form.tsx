'use client';

import { useActionState } from 'react';
import type { SignInState } from '@/app/login/actions';

const input = 'block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-500 focus:ring-blue-500';

/** Name and password; the message from a failed attempt shows above the button. */
export function SignInForm({ action, next }: { action: (prev: SignInState, data: FormData) => Promise<SignInState>; next?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4" aria-label="Sign in">
      <input type="hidden" name="next" value={next ?? ''} />
      <label className="block text-sm font-medium text-gray-700">
        Name
        <input name="name" autoComplete="username" required defaultValue={state?.name} className={`mt-1 ${input}`} />
      </label>
      <label className="block text-sm font-medium text-gray-700">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={`mt-1 ${input}`} />
      </label>
      {state?.message && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
