import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { UserNav } from '@/components/auth/user-nav';
import { getCurrentUser } from '@/lib/auth/session';
import { signOutAction } from './login/actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Spread', template: '%s · Spread' },
  description: 'Every figure each source states, grouped into metrics, charted beside its citations.',
};

const NAV = [['/', 'Overview'], ['/review', 'Review'], ['/activity', 'Activity']] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, the not-found page included: proxy.ts's CSP nonce only reaches pages
  // rendered after it, and a prerendered page's scripts would be refused.
  await connection();
  // An embedded chart (proxy.ts marks its requests) sits in another site's page: no header, no account.
  if ((await headers()).get('x-spread-embed') === '1') {
    return (
      <html lang="en">
        <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
      </html>
    );
  }
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased">
        <header className="sticky top-0 z-10 border-b border-gray-200 bg-white/95 backdrop-blur">
          <nav aria-label="Main" className="mx-auto flex h-12 max-w-6xl items-center gap-6 px-4">
            <Link href="/" className="font-semibold tracking-tight text-blue-900">
              Spread
            </Link>
            {NAV.map(([href, label]) => (
              <Link key={href} href={href} className="text-sm text-gray-700 hover:text-blue-700">
                {label}
              </Link>
            ))}
            <UserNav user={user && { name: user.name, role: user.role }} signOut={signOutAction} />
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
