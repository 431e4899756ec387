'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-gray-600">The page could not be loaded. The server log has the cause.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800">
        Try again
      </button>
    </div>
  );
}
