import Link from 'next/link';

type SourceRow = { id: number; title: string; publisher: string | null; publishedAt: string | null; figureCount: number };

/** Every stored source, linking to its highlighted text. */
export function SourceList({ sources }: { sources: SourceRow[] }) {
  return (
    <ul className="divide-y divide-gray-100 text-sm" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id} className="flex items-baseline justify-between gap-4 py-1.5" data-testid="source-row">
          <Link href={`/sources/${s.id}`} className="min-w-0 truncate text-gray-900 hover:text-blue-700 hover:underline">
            {s.title}
          </Link>
          <span className="shrink-0 text-xs tabular-nums text-gray-500">
            {[s.publisher, s.publishedAt, `${s.figureCount} figures`].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
