import Link from '@/components/ui/link';

/** What an anonymous visitor sees where an editor sees review forms. */
export function SignInToReview({ next }: { next: string }) {
  return (
    <p className="text-sm" data-testid="sign-in-to-review">
      Sign in as an editor to confirm, reject, rank, edit or move figures and to curate metrics.{' '}
      <Link href={`/login?next=${encodeURIComponent(next)}`} className="font-medium text-blue-700 hover:underline">Sign in</Link>
    </p>
  );
}
