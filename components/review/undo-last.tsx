import { ReviewForm, type ReviewAction } from './review-form';

/** The signed-in editor's own last change, with a button to undo it. */
export function UndoLast({ last, action }: { last: { summary: string } | undefined; action: ReviewAction }) {
  if (!last) return null;
  return (
    <div className="flex flex-wrap items-start gap-3 rounded-lg border border-gray-200 bg-white p-3 text-sm">
      <p className="pt-1.5 text-gray-700">Your last change: <span className="font-medium">{last.summary}</span></p>
      <ReviewForm action={action} label="Undo your last change" hidden={{ action: 'undo' }} submit="Undo" tone="plain" />
    </div>
  );
}
