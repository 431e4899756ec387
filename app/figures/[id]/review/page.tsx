import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getFigureWithSource } from '@/db/queries/figures';
import { getFigureDecision, getLastUndoable, getSuggestion, listFigureHistory, listMetricChoices } from '@/db/queries/review';
import { HighlightedQuote } from '@/components/citations/highlighted-quote';
import { FigureDecisionState } from '@/components/review/figure-decision-state';
import { FigureReview } from '@/components/review/figure-review';
import { HistorySection } from '@/components/review/history-list';
import { SignInToReview } from '@/components/review/sign-in-to-review';
import { UndoLast } from '@/components/review/undo-last';
import { Panel } from '@/components/ui/card';
import { getEditor } from '@/lib/auth/session';
import { formatFigureValue } from '@/lib/spread/format';
import { reviewFigureAction, undoAction } from '@/app/review/actions';

type Props = { params: Promise<{ id: string }> };
const idSchema = z.coerce.number().int().positive();

export const metadata: Metadata = { title: 'Review a figure' };

export default async function FigurePage({ params }: Props) {
  await connection();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const figure = getFigureWithSource(db, id.data);
  if (!figure) notFound();
  const editor = await getEditor();
  const decision = getFigureDecision(db, figure.id);
  return (
    <div className="space-y-5">
      <div>
        {figure.metricSlug && <Link href={`/metrics/${figure.metricSlug}#figure-${figure.id}`} className="text-sm text-blue-700 hover:underline">← {figure.metricLabel}</Link>}
        <h1 className="mt-1 text-xl font-semibold tracking-tight">Figure: {formatFigureValue(figure)}</h1>
        <p className="text-sm text-gray-600">From <Link href={`/sources/${figure.sourceId}#figure-${figure.id}`} className="text-blue-700 hover:underline">{figure.sourceTitle}</Link>{figure.sourcePublisher ? `, ${figure.sourcePublisher}` : ''}</p>
      </div>
      <Panel title="Citation"><HighlightedQuote quote={figure.quote} quoteStart={figure.quoteStart} start={figure.hedgeStart ?? figure.start} end={figure.end} /></Panel>
      <Panel title="The desk's decision">
        <FigureDecisionState status={figure.status} rank={figure.rank} decision={decision} suggestion={getSuggestion(db, figure.id)} />
      </Panel>
      <Panel title="Review">
        {editor ? (
          <div className="space-y-4">
            <UndoLast last={getLastUndoable(db, editor.id)} action={undoAction} />
            <FigureReview figure={figure} version={decision?.version ?? 0} action={reviewFigureAction} metrics={listMetricChoices(db, figure.storyId, null)} />
          </div>
        ) : <SignInToReview next={`/figures/${figure.id}/review`} />}
      </Panel>
      <HistorySection events={listFigureHistory(db, figure.id)} label="Figure history" />
    </div>
  );
}
