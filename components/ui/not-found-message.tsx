import Link from '@/components/ui/link';

/** The body of every not-found page: what is missing, and the way back. */
export function NotFoundMessage({ what }: { what: string }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-gray-600">{what}</p>
      <Link href="/" className="mt-4 inline-block text-sm text-blue-700 hover:underline">
        Back to the overview
      </Link>
    </div>
  );
}
