import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listFiguresForSource } from '@/db/queries/figures';
import { getSourceProvenance } from '@/db/queries/source-originals';
import { getSource } from '@/db/queries/sources';
import { ExportLinks } from '@/components/share/export-links';
import { SourceFigureList } from '@/components/sources/source-figure-list';
import { SourceMeta } from '@/components/sources/source-meta';
import { SourceProvenance } from '@/components/sources/source-provenance';
import { SourceText } from '@/components/sources/source-text';
import { SourceWarnings } from '@/components/sources/source-warnings';
import { Panel } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { toSourceView } from '@/lib/spread/source-view';
import { listPageParamsSchema } from '@/lib/validation/overview';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The figure list beside the text is paged: a long report holds thousands of figures, all highlighted in the text.
const FIGURES_PER_PAGE = 100;

async function loadSource(params: Props['params']) {
  await connection();
  const { id } = await params;
  return /^\d+$/.test(id) ? getSource(getDb(), Number(id)) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSource(params))?.title ?? 'Source not found' };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await loadSource(params);
  if (!source) notFound();
  const { page } = listPageParamsSchema.parse(await searchParams);
  const { items, highlights } = toSourceView(listFiguresForSource(getDb(), source.id));
  const provenance = getSourceProvenance(getDb(), source.id);
  const listed = items.slice((page - 1) * FIGURES_PER_PAGE, page * FIGURES_PER_PAGE);
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
        <Panel title="Text" aside={`${items.length} figures highlighted`}>
          <SourceText text={source.text} figures={highlights} />
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
          <Panel title="Figures" aside={items.length > FIGURES_PER_PAGE ? `${items.length} figures` : undefined}>
            <SourceFigureList figures={listed} />
            <Pagination label="Figure pages" params={{}} param="page" page={page} perPage={FIGURES_PER_PAGE} total={items.length} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
