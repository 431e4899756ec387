import Link from '@/components/ui/link';

/**
 * What the ingest noticed about a source: extraction warnings as stored (a long sentence quoted by windows, a
 * skipped sentence) and, for a near-duplicate, the source it repeats, whose figures stand for both.
 */
export function SourceWarnings({ warnings, duplicateOf }: { warnings: string[]; duplicateOf: number | null }) {
  if (warnings.length === 0 && duplicateOf === null) return null;
  return (
    <ul aria-label="Warnings" className="space-y-2 text-sm text-amber-900">
      {duplicateOf !== null && (
        <li className="rounded border border-amber-200 bg-amber-50 px-3 py-2">
          The same article as{' '}
          <Link href={`/sources/${duplicateOf}`} className="text-blue-700 hover:underline">
            source #{duplicateOf}
          </Link>
          : its figures join no metric, so the article counts once.
        </li>
      )}
      {warnings.map((w, i) => (
        <li key={i} className="rounded border border-amber-200 bg-amber-50 px-3 py-2">
          {w}
        </li>
      ))}
    </ul>
  );
}
