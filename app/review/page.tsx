import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getLastUndoable, listQueueCandidates } from '@/db/queries/review';
import { QueueKeys } from '@/components/review/queue-keys';
import { ReviewQueue } from '@/components/review/review-queue';
import { SignInToReview } from '@/components/review/sign-in-to-review';
import { UndoLast } from '@/components/review/undo-last';
import { getEditor } from '@/lib/auth/session';
import { orderQueue } from '@/lib/review/queue';
import { reviewFigureAction, undoAction } from './actions';

export const metadata: Metadata = { title: 'Review queue' };

const SHOWN = 30;

export default async function ReviewPage() {
  await connection();
  const editor = await getEditor();
  const db = getDb();
  const rows = listQueueCandidates(db, SHOWN).map((r) => ({
    ...r,
    suggested: r.suggestion !== null,
    disagree: r.verdict === 'disagree',
    uncertain: r.warnings.length > 0 || r.vague || r.counts === null,
    singleSource: r.sourceCount === 1,
  }));
  const items = orderQueue(rows).slice(0, SHOWN);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Review queue</h1>
        <p className="text-sm text-gray-600">
          What awaits a person, most useful first: the machine&apos;s proposals against a decision, new figures in metrics whose sources disagree,
          figures the extractor was unsure of, and metrics with one source only. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>c</kbd> confirm,
          {' '}<kbd>x</kbd> reject (type why, then Enter), <kbd>o</kbd> open.
        </p>
      </div>
      {editor ? (
        <>
          <UndoLast last={getLastUndoable(db, editor.id)} action={undoAction} />
          <QueueKeys />
          <ReviewQueue items={items} action={reviewFigureAction} />
        </>
      ) : <SignInToReview next="/review" />}
    </div>
  );
}
