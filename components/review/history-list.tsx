import Link from '@/components/ui/link';
import type { RowChange } from '@/lib/review/types';

export interface HistoryEvent {
  id: number;
  at: Date;
  userName: string;
  action: string;
  summary: string;
  reason: string | null;
  figureId: number | null;
  metricSlug: string | null;
  metricLabel: string | null;
  undoneBy: number | null;
  changes: RowChange[];
}

// The fields of a decision row worth showing as before → after; ids of who and when are shown on the entry itself.
const SHOWN = ['status', 'reason', 'rank', 'rankReason', 'edits', 'metricId', 'label', 'scope', 'mergedInto', 'verdictLow', 'verdictHigh', 'verdictNote', 'description'];

function diff(c: RowChange): string[] {
  const out: string[] = [];
  for (const key of SHOWN) {
    const before = c.before?.[key] ?? null;
    const after = c.after?.[key] ?? null;
    const b = JSON.stringify(before);
    const a = JSON.stringify(after);
    if (a !== b && !(key === 'edits' && a === '{}' && b === 'null')) out.push(`${key}: ${b} → ${a}`);
  }
  return out;
}

/** Changes, newest first unless told: who, when, what, before → after and why. Used on figures, metrics and /activity. */
export function HistoryList({ events, label, empty = 'No one has changed anything here yet.' }: { events: HistoryEvent[]; label: string; empty?: string }) {
  if (events.length === 0) return <p className="text-sm text-gray-500">{empty}</p>;
  return (
    <ol aria-label={label} className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
      {events.map((e) => (
        <li key={e.id} data-testid="review-event" data-action={e.action} className="p-3 text-sm">
          <p>
            <span className={e.undoneBy ? 'text-gray-500 line-through' : 'font-medium text-gray-900'}>{e.summary}</span>
            {e.undoneBy && <span className="ml-2 text-xs text-gray-500">(undone)</span>}
          </p>
          <p className="text-xs text-gray-600">
            by <span data-testid="event-user">{e.userName}</span>, <time dateTime={e.at.toISOString()}>{e.at.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
            {e.figureId && <> · <Link className="text-blue-700 hover:underline" href={`/figures/${e.figureId}/review`}>figure #{e.figureId}</Link></>}
            {e.metricSlug && <> · <Link className="text-blue-700 hover:underline" href={`/metrics/${e.metricSlug}`}>{e.metricLabel}</Link></>}
          </p>
          {e.reason && <p className="mt-1 text-gray-800">Why: {e.reason}</p>}
          <details className="mt-1 text-xs text-gray-600">
            <summary className="cursor-pointer">Before → after ({e.changes.length} row{e.changes.length === 1 ? '' : 's'})</summary>
            <ul className="mt-1 space-y-0.5 font-mono">
              {e.changes.flatMap((c) => diff(c).map((d, i) => <li key={`${c.table}${c.key.join()}${i}`}>{c.table} {c.key.join('/')}: {d}</li>))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** A figure's or a metric's history under its own heading, e.g. `<HistorySection events={…} label="Metric history" />`. */
export function HistorySection({ events, label }: { events: HistoryEvent[]; label: string }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-base font-semibold">History</h2>
      <HistoryList events={events} label={label} />
    </section>
  );
}
