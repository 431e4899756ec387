import Link from '@/components/ui/link';

/** The header's right side: who is signed in, the add-sources link and sign out; or a sign-in link. */
export function UserNav({ user, signOut }: { user: { name: string; role: string } | null; signOut: () => Promise<void> }) {
  if (!user)
    return (
      <Link href="/login" className="ml-auto text-sm text-gray-700 hover:text-blue-700">
        Sign in
      </Link>
    );
  return (
    <div className="ml-auto flex items-center gap-4 text-sm">
      <Link href="/sources/new" className="text-gray-700 hover:text-blue-700">
        Add sources
      </Link>
      <span className="text-gray-500" data-testid="signed-in-as">
        {user.name} ({user.role})
      </span>
      <form action={signOut}>
        <button type="submit" className="text-gray-700 hover:text-blue-700">
          Sign out
        </button>
      </form>
    </div>
  );
}
