import Link from '@/components/ui/link';
import { HighlightedQuote } from '../citations/highlighted-quote';
import { QUEUE_REASON_TEXT, type QueueReason } from '@/lib/review/queue';

import { ReviewForm, type ReviewAction } from './review-form';

const QUEUE_REASON_FIELD = 'w-72 rounded-md border-gray-300 py-1.5 text-sm shadow-sm focus:border-blue-500 focus:ring-blue-500';

export interface QueueItem {
  figureId: number;
  version: number;
  reason: QueueReason;
  rawText: string;
  quote: string;
  quoteStart: number;
  start: number;
  end: number;
  hedgeStart: number | null;
  sourceTitle: string;
  metricSlug: string;
  metricLabel: string;
  suggestion: string | null;
}

/** The queue: each figure with why it waits, its quote, and confirm and reject forms the keyboard shortcuts press. */
export function ReviewQueue({ items, action }: { items: QueueItem[]; action: ReviewAction }) {
  if (items.length === 0) return <p className="text-sm text-gray-600">Nothing awaits a person: every figure in the queue has a decision.</p>;
  return (
    <ol aria-label="Review queue" className="space-y-3">
      {items.map((item) => (
        <li key={item.figureId} data-queue-item tabIndex={-1} data-testid="queue-item"
          className="rounded-lg border border-gray-200 bg-white p-4 outline-none data-[active=true]:border-blue-500 data-[active=true]:ring-2 data-[active=true]:ring-blue-200">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold text-gray-900">
              {item.rawText} <span className="font-normal text-gray-600">in</span> <Link className="text-blue-700 hover:underline" href={`/metrics/${item.metricSlug}`}>{item.metricLabel}</Link>
            </p>
            <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-600/30" data-testid="queue-reason">
              {QUEUE_REASON_TEXT[item.reason]}
            </span>
          </div>
          <HighlightedQuote quote={item.quote} quoteStart={item.quoteStart} start={item.hedgeStart ?? item.start} end={item.end} />
          <p className="mt-1 text-xs text-gray-600">{item.sourceTitle} · <Link data-open className="text-blue-700 hover:underline" href={`/figures/${item.figureId}/review`}>Open (o)</Link></p>
          {item.suggestion && <p className="mt-1 text-sm text-amber-900">The machine would put it with “{item.suggestion}”.</p>}
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <ReviewForm action={action} label="Confirm figure" hidden={{ action: 'confirm', figureId: item.figureId, version: item.version }} submit="Confirm (c)" />
            <ReviewForm action={action} label="Reject figure" hidden={{ action: 'reject', figureId: item.figureId, version: item.version }} submit="Reject (x, then Enter)" tone="danger" className="flex flex-wrap items-start gap-2 [&>*]:!mt-0">
              <input name="reason" required minLength={3} aria-label="Reason to reject" placeholder="Why reject it?" className={QUEUE_REASON_FIELD} />
            </ReviewForm>
          </div>
        </li>
      ))}
    </ol>
  );
}
