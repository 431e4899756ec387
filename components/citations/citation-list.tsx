import Link from 'next/link';
import { formatFigureValue, formatIsoDate } from '@/lib/spread/format';
import type { CitedFigure } from '@/lib/spread/types';
import { MetaList } from '../ui/meta-list';
import { HighlightedQuote } from './highlighted-quote';

/** One citation per figure: value, quote, source and dates, and a link to the passage in the source. */
export function CitationList({ figures, charted }: { figures: CitedFigure[]; charted: Set<number> }) {
  return (
    <ol className="space-y-3" aria-label="Citations">
      {figures.map((f) => (
        <li key={f.id} id={`figure-${f.id}`} data-testid="citation" className="citation scroll-mt-20 rounded-lg border border-gray-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-lg font-semibold tabular-nums text-gray-900" data-testid="citation-value">
              {formatFigureValue(f)}
              {!charted.has(f.id) && <span className="ml-2 text-xs font-normal text-gray-500">(vague: listed, not charted)</span>}
            </p>
            {/* A full page load, so the browser sets :target on the figure's <mark> (client navigation does not). */}
            <a href={`/sources/${f.sourceId}#figure-${f.id}`} className="text-sm text-blue-700 hover:underline">
              Show in source →
            </a>
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
