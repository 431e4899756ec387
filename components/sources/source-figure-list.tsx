import Link from '@/components/ui/link';
import { formatFigureValue } from '@/lib/spread/format';
import type { SpreadFigure } from '@/lib/spread/types';

export type SourceFigureItem = SpreadFigure & { page?: number | null; tone: string; metricSlug: string | null; metricLabel: string | null; counts: string | null; status?: string; rank?: string };

// The desk left it out of every spread; it stays listed, struck through.
const leftOut = (f: SourceFigureItem) => f.status === 'rejected' || f.rank === 'deprecated';

/**
 * A source's figures in text order, each linking to its highlight and, when grouped, to its metric. `shown`
 * holds the ids highlighted on this part of a long text; the others link to their permalink, which opens their part.
 */
export function SourceFigureList({ figures, shown }: { figures: SourceFigureItem[]; shown?: Set<number> }) {
  if (figures.length === 0) return <p className="text-sm text-gray-500">No figures were extracted from this source.</p>;
  return (
    <ol className="divide-y divide-gray-100 text-sm" aria-label="Figures in this source">
      {figures.map((f) => (
        <li key={f.id} className="flex items-start gap-2 py-1.5" data-testid="source-figure">
          <span aria-hidden className={`mt-1 inline-block h-3 w-3 shrink-0 rounded-sm ring-1 ${f.tone}`} />
          <div className="min-w-0">
            <a href={!shown || shown.has(f.id) ? `#figure-${f.id}` : `/figures/${f.id}`} className={`font-medium tabular-nums hover:underline ${leftOut(f) ? 'text-gray-500 line-through' : 'text-gray-900'}`}>
              {formatFigureValue(f)}
            </a>
            {leftOut(f) && <span className="ml-1 text-xs text-gray-600">({f.status === 'rejected' ? 'rejected' : 'deprecated'} by the desk)</span>}
            {f.counts && <span className="text-gray-600"> {f.counts}</span>}
            {f.page ? <span className="text-gray-500"> · p. {f.page}</span> : null}
            <div className="text-xs">
              {f.metricSlug ? (
                <Link href={`/metrics/${f.metricSlug}`} className="text-blue-700 hover:underline">
                  {f.metricLabel}
                </Link>
              ) : (
                <span className="text-gray-500">no metric</span>
              )}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
