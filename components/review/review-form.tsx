'use client';

import { useActionState, type ReactNode } from 'react';
import type { ReviewFormState } from '@/lib/validation/review';

export type ReviewAction = (prev: ReviewFormState, data: FormData) => Promise<ReviewFormState>;

/**
 * One review form: hidden fields name what it changes and the version the page showed; the answer (done, or why
 * not, such as a stale version) shows under the button. A client component only for that answer and the pending state.
 */
export function ReviewForm({ action, label, hidden, submit, children, tone = 'primary', className = '' }: {
  action: ReviewAction;
  label: string;
  hidden: Record<string, string | number>;
  submit: string;
  children?: ReactNode;
  tone?: 'primary' | 'danger' | 'plain';
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const button = {
    primary: 'bg-blue-700 text-white hover:bg-blue-800',
    danger: 'bg-red-700 text-white hover:bg-red-800',
    plain: 'border border-gray-300 bg-white text-gray-800 hover:bg-gray-50',
  }[tone];
  return (
    <form action={formAction} aria-label={label} className={`space-y-2 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <button type="submit" disabled={pending} data-action={hidden.action} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${button}`}>
        {pending ? 'Saving…' : submit}
      </button>
      {state && (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-md p-2 text-sm ${state.ok ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}>
          {state.ok ? `Saved: ${state.message}.` : state.message}
        </p>
      )}
    </form>
  );
}
