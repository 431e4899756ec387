import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listFiguresForSource } from '@/db/queries/figures';
import { getSource } from '@/db/queries/sources';
import { SourceFigureList } from '@/components/sources/source-figure-list';
import { SourceMeta } from '@/components/sources/source-meta';
import { SourceText } from '@/components/sources/source-text';
import { SourceWarnings } from '@/components/sources/source-warnings';
import { Panel } from '@/components/ui/card';
import { toSourceView } from '@/lib/spread/source-view';

type Props = { params: Promise<{ id: string }> };

async function loadSource(params: Props['params']) {
  await connection();
  const { id } = await params;
  return /^\d+$/.test(id) ? getSource(getDb(), Number(id)) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSource(params))?.title ?? 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource(params);
  if (!source) notFound();
  const { items, highlights } = toSourceView(listFiguresForSource(getDb(), source.id));
  return (
    <div className="space-y-5">
      <div>
        <Link href="/" className="text-sm text-blue-700 hover:underline">← Overview</Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">{source.title}</h1>
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
          <Panel title="Figures">
            <SourceFigureList figures={items} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
