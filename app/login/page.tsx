import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Panel } from '@/components/ui/card';
import { getEditor } from '@/lib/auth/session';
import { signInAction } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  if (await getEditor()) redirect('/sources/new');
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">Sign in</h1>
      <p className="text-sm text-gray-600">Anyone can read Spread. Adding sources needs an editor account; an admin creates it.</p>
      <Panel>
        <SignInForm action={signInAction} next={typeof next === 'string' ? next : undefined} />
      </Panel>
    </div>
  );
}
