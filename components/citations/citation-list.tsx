import Link from '@/components/ui/link';
import { formatFigureValue, formatIsoDate } from '@/lib/spread/format';
import type { CitedFigure } from '@/lib/spread/types';
import { MetaList } from '../ui/meta-list';
import { HighlightedQuote } from './highlighted-quote';

const DESK: Record<string, string> = { confirmed: 'confirmed', corrected: 'corrected by the desk', preferred: 'preferred' };

/** One citation per figure: value, quote, source and dates, the desk's mark on it, and links to the passage and its review. */
export function CitationList({ figures, charted }: { figures: (CitedFigure & { status?: string; rank?: string })[]; charted: Set<number> }) {
  return (
    <ol className="space-y-3" aria-label="Citations">
      {figures.map((f) => (
        <li key={f.id} id={`figure-${f.id}`} data-testid="citation" className="citation scroll-mt-20 rounded-lg border border-gray-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-lg font-semibold tabular-nums text-gray-900" data-testid="citation-value">
              {formatFigureValue(f)}
              {!charted.has(f.id) && <span className="ml-2 text-xs font-normal text-gray-500">(vague: listed, not charted)</span>}
              {[f.rank, f.status].filter((k) => k && DESK[k]).map((k) => (
                <span key={k} data-testid="desk-mark" className="ml-2 rounded-full bg-blue-50 px-2 py-0.5 align-middle text-xs font-medium text-blue-800 ring-1 ring-inset ring-blue-600/30">{DESK[k!]}</span>
              ))}
            </p>
            {/* A full page load, so the browser sets :target on the figure's <mark> (client navigation does not). */}
            <span className="flex gap-4 text-sm">
              <Link href={`/figures/${f.id}/review`} className="text-blue-700 hover:underline">Review and history</Link>
              <a href={`/sources/${f.sourceId}#figure-${f.id}`} className="text-blue-700 hover:underline">
                Show in source →
              </a>
            </span>
          </div>
          <HighlightedQuote quote={f.quote} quoteStart={f.quoteStart} start={f.hedgeStart ?? f.start} end={f.end} />
          <MetaList
            className="mt-3"
            items={[['Source', <span key="s"><Link href={`/sources/${f.sourceId}`} className="text-blue-700 hover:underline">{f.sourceTitle}</Link>{f.page ? <span data-testid="citation-page">, p. {f.page}</span> : null}</span>]]}
          />
          <MetaList
            className="mt-1 sm:grid-cols-[max-content_1fr_max-content_1fr]"
            items={[
              ['Publisher', f.sourcePublisher],
              ['Published', f.sourcePublishedAt && formatIsoDate(f.sourcePublishedAt)],
              ['Hedge', f.hedge ?? (f.qualifier === 'exact' ? 'none (stated exactly)' : f.qualifier === 'range' ? 'a stated range' : f.qualifier)],
              ['Attributed to', f.attributedTo],
              ['Counts', f.counts],
              ['As of', f.asOf && formatIsoDate(f.asOf)],
            ]}
          />
        </li>
      ))}
    </ol>
  );
}
