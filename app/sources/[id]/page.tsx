import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { countFiguresForSource, listFiguresForSource } from '@/db/queries/figures';
import { getSourceProvenance } from '@/db/queries/source-originals';
import { getSource, getSourceTitle } from '@/db/queries/sources';
import { ExportLinks } from '@/components/share/export-links';
import { SourceFigureList } from '@/components/sources/source-figure-list';
import { SourceMeta } from '@/components/sources/source-meta';
import { SourceProvenance } from '@/components/sources/source-provenance';
import { SourceText } from '@/components/sources/source-text';
import { SourceWarnings } from '@/components/sources/source-warnings';
import { Panel } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { FigureAnchorFallback } from '@/components/sources/figure-anchor-fallback';
import { toSourceView } from '@/lib/spread/source-view';
import { highlightsInPart, textParts } from '@/lib/spread/text-parts';
import { sourcePageParamsSchema } from '@/lib/validation/overview';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The figure list beside the text is paged: a long report holds thousands of figures, all highlighted in the text.
const FIGURES_PER_PAGE = 50;

async function loadSource(params: Props['params']) {
  await connection();
  const { id } = await params;
  return /^\d+$/.test(id) ? getSource(getDb(), Number(id)) : undefined;
}

// The title alone: the page reads the text once, and a long report's text is half a megabyte.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { id } = await params;
  return { title: (/^\d+$/.test(id) ? getSourceTitle(getDb(), Number(id)) : undefined) ?? 'Source not found' };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await loadSource(params);
  if (!source) notFound();
  const { page, part: asked } = sourcePageParamsSchema.parse(await searchParams);
  const db = getDb();
  // A long text is shown a part at a time (lib/spread/text-parts.ts); its figure list still covers every part.
  // Only the part's figures and one page of the list are read: a long report states thousands.
  const parts = textParts(source.text);
  const part = Math.min(asked, parts.length);
  const range = parts[part - 1];
  const total = countFiguresForSource(db, source.id);
  const { highlights } = toSourceView(listFiguresForSource(db, source.id, parts.length > 1 ? { from: range.start, to: range.end } : {}));
  const shown = highlightsInPart(highlights, range);
  const { items: listed } = toSourceView(listFiguresForSource(db, source.id, { limit: FIGURES_PER_PAGE, offset: (page - 1) * FIGURES_PER_PAGE }));
  const provenance = getSourceProvenance(db, source.id);
  return (
    <div className="space-y-5">
      <div>
        <Link href="/" className="text-sm text-blue-700 hover:underline">← Overview</Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">{source.title}</h1>
        <p className="flex flex-wrap gap-x-6">
          <Link href={`/?source=${source.id}`} className="text-sm text-blue-700 hover:underline">Metrics citing this source →</Link>
          <ExportLinks base={`/sources/${source.id}`} />
        </p>
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-[1fr_20rem]">
        <Panel title="Text" aside={parts.length > 1 ? `part ${part} of ${parts.length} · ${shown.length} of ${total} figures highlighted` : `${total} figures highlighted`}>
          <SourceText text={source.text.slice(range.start, range.end)} figures={shown} />
          <Pagination label="Text parts" params={{ page: page > 1 ? String(page) : undefined }} param="part" page={part} perPage={1} total={parts.length} />
          {parts.length > 1 && <FigureAnchorFallback />}
        </Panel>
        <div className="space-y-5 lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:overflow-y-auto">
          {(source.warnings.length > 0 || source.duplicateOf !== null) && (
            <Panel title="Warnings">
              <SourceWarnings warnings={source.warnings} duplicateOf={source.duplicateOf} />
            </Panel>
          )}
          <Panel title="Source">
            <SourceMeta source={source} />
          </Panel>
          {provenance && (
            <Panel title="Provenance">
              <SourceProvenance sourceId={source.id} provenance={provenance} />
            </Panel>
          )}
          <Panel title="Figures" aside={total > FIGURES_PER_PAGE ? `${total} figures` : undefined}>
            <SourceFigureList figures={listed} shown={parts.length > 1 ? new Set(shown.map((h) => h.mark.id)) : undefined} />
            <Pagination label="Figure pages" params={{ part: part > 1 ? String(part) : undefined }} param="page" page={page} perPage={FIGURES_PER_PAGE} total={total} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
