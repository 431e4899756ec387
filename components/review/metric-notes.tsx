import Link from '@/components/ui/link';

/** Notes a person put on a metric: merged into another, not comparable with others (a different scope, not a disagreement). */
export function MetricNotes({ mergedInto, notComparable }: {
  mergedInto: { slug: string; label: string } | null;
  notComparable: { slug: string; label: string; reason: string }[];
}) {
  if (!mergedInto && notComparable.length === 0) return null;
  return (
    <div className="space-y-2">
      {mergedInto && (
        <p role="note" data-testid="merged-into" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          The desk merged this metric into <Link className="font-medium underline" href={`/metrics/${mergedInto.slug}`}>{mergedInto.label}</Link>; its figures are charted there.
        </p>
      )}
      {notComparable.map((m) => (
        <p key={m.slug} role="note" data-testid="not-comparable" className="rounded-md bg-sky-50 p-3 text-sm text-sky-900">
          Not comparable with <Link className="font-medium underline" href={`/metrics/${m.slug}`}>{m.label}</Link>: {m.reason}. The desk marked the two as
          counting different things, not as a disagreement, so they are never charted as one spread.
        </p>
      ))}
    </div>
  );
}
