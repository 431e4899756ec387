import Link from '@/components/ui/link';
import type { PreviewFigure, SourcePreview } from '@/lib/ingest/preview';
import { formatFigureValue } from '@/lib/spread/format';
import { highlightSegments } from '@/lib/spread/highlight';
import { MetaList } from '../ui/meta-list';

// Spelled out in full so Tailwind keeps them: joins a stored metric, starts a new one, joins none.
const TONE = { existing: 'bg-sky-100 ring-sky-400', fresh: 'bg-amber-100 ring-amber-400', none: 'bg-stone-200 ring-stone-400' };
const toneOf = (f: PreviewFigure) => (f.metric ? (f.metric.existing ? TONE.existing : TONE.fresh) : TONE.none);
const valueOf = (f: PreviewFigure, i: number) => formatFigureValue({ ...f, id: i, sourceId: 0, rawText: f.text });

/** One source as saving would store it: metadata, provenance, text with every figure marked, and each figure's metric. */
export function SourcePreviewCard({ source }: { source: SourcePreview }) {
  const p = source.provenance;
  return (
    <article className="space-y-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="source-preview" aria-label={source.title}>
      <h3 className="text-base font-semibold text-gray-900">{source.title}</h3>
      {source.duplicateOf && (
        <p role="status" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          Already stored (same content):{' '}
          <Link href={`/sources/${source.duplicateOf.id}`} className="font-medium underline">
            {source.duplicateOf.title}
          </Link>
          . Saving skips it.
        </p>
      )}
      <MetaList
        className="sm:grid-cols-[max-content_1fr_max-content_1fr]"
        items={[
          ['Publisher', source.publisher],
          ['Published', source.publishedAt],
          ['URL', source.url],
          ['Read from', `${source.fileName} · ${p.contentType.split(';')[0]} · ${p.byteLength.toLocaleString('en')} bytes`],
          // A fetched page's addresses; files and pasted text have none, so their rows are left out rather than dashed.
          ...(p.fetchedUrl
            ? ([
                ['Fetched', p.fetchedUrl],
                ['Answered by', p.finalUrl !== p.fetchedUrl ? p.finalUrl : null],
                ['Redirects', p.redirects.length ? p.redirects.join(' → ') : 'none'],
              ] as [string, string | null][])
            : []),
        ]}
      />
      <div data-testid="preview-text" className="max-h-96 overflow-y-auto whitespace-pre-wrap break-words rounded border border-gray-100 p-3 font-serif text-[0.98rem] leading-7">
        {highlightSegments(source.text, source.figures.map((f, i) => ({ id: i, start: f.hedgeStart !== null && f.hedgeStart < f.start ? f.hedgeStart : f.start, end: f.end, tone: toneOf(f) }))).map((s, i) =>
          s.mark ? (
            <mark key={i} className={`rounded-sm px-0.5 ring-1 ${s.mark.tone}`} title={valueOf(source.figures[s.mark.id], s.mark.id)}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </div>
      <PreviewFigureTable figures={source.figures} />
    </article>
  );
}

function PreviewFigureTable({ figures }: { figures: PreviewFigure[] }) {
  if (figures.length === 0) return <p className="text-sm text-gray-500">No figures found in this text.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label="Figures and the metrics they would join">
      <thead className="text-xs uppercase text-gray-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Figure</th>
          <th className="py-1 pr-3 font-medium">Counts</th>
          <th className="py-1 font-medium">Would join</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">
        {figures.map((f, i) => (
          <tr key={i} data-testid="preview-figure">
            <td className="py-1.5 pr-3 tabular-nums">
              <span aria-hidden className={`mr-1.5 inline-block h-3 w-3 rounded-sm ring-1 ${toneOf(f)}`} />
              {valueOf(f, i)}
              {f.page !== null && <span className="ml-1 text-gray-500">p. {f.page}</span>}
            </td>
            <td className="py-1.5 pr-3 text-gray-600">{f.counts ?? f.unit ?? f.dimension}</td>
            <td className="py-1.5">
              {f.metric ? (
                f.metric.existing ? (
                  <>
                    <Link href={`/metrics/${f.metric.slug}`} className="text-blue-700 hover:underline">{f.metric.label}</Link>
                    <span className="text-gray-500"> ({f.metric.storedFigures} figures from {f.metric.storedSources} sources stored)</span>
                  </>
                ) : (
                  <span>new metric: {f.metric.label}</span>
                )
              ) : (
                <span className="text-gray-500">no metric yet</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
