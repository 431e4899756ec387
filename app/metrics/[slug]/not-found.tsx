import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-gray-600">No metric is stored at this address. It may have been removed, or the link is mistyped.</p>
      <Link href="/" className="mt-4 inline-block text-sm text-blue-700 hover:underline">
        Back to the overview
      </Link>
    </div>
  );
}
