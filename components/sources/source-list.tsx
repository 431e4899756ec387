import Link from '@/components/ui/link';

type SourceRow = { id: number; title: string; publisher: string | null; publishedAt: string | null; figureCount: number };

/** One page of stored sources, each linking to its highlighted text and to the metrics it is cited in. */
export function SourceList({ sources }: { sources: SourceRow[] }) {
  return (
    <ul className="divide-y divide-gray-100 text-sm" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id} className="flex items-baseline justify-between gap-4 py-1.5" data-testid="source-row">
          <Link href={`/sources/${s.id}`} className="min-w-0 truncate text-gray-900 hover:text-blue-700 hover:underline">
            {s.title}
          </Link>
          <span className="flex shrink-0 gap-3 text-xs tabular-nums text-gray-500">
            {[s.publisher, s.publishedAt, `${s.figureCount} figures`].filter(Boolean).join(' · ')}
            <Link href={`/?source=${s.id}`} className="text-blue-700 hover:underline" title="The metrics this source is cited in">
              metrics
            </Link>
          </span>
        </li>
      ))}
    </ul>
  );
}
