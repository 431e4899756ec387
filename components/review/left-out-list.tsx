import Link from '@/components/ui/link';
import { formatFigureValue } from '@/lib/spread/format';
import type { CitedFigure } from '@/lib/spread/types';

/** Figures the desk rejected or deprecated: kept and shown, struck through, apart from the spread, with why. */
export function LeftOutList({ figures, reasons }: { figures: (CitedFigure & { status: string; rank: string })[]; reasons: Map<number, string> }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="left-out-heading" className="space-y-2">
      <h2 id="left-out-heading" className="text-base font-semibold">Left out of the spread ({figures.length})</h2>
      <p className="text-sm text-gray-600">The desk rejected or deprecated these figures. They stay stored and cited here, and the chart and summary above leave them out.</p>
      <ol aria-label="Left out of the spread" className="space-y-2">
        {figures.map((f) => (
          <li key={f.id} id={`figure-${f.id}`} data-testid="left-out-figure" className="rounded-lg border border-dashed border-gray-300 bg-gray-50 p-3 text-sm">
            <p>
              <s className="font-semibold text-gray-600">{formatFigureValue(f)}</s>
              <span className="ml-2 rounded bg-gray-200 px-1.5 py-0.5 text-xs text-gray-700">{f.status === 'rejected' ? 'rejected' : 'deprecated'}</span>
              <span className="ml-2 text-gray-700">{reasons.get(f.id)}</span>
            </p>
            <p className="text-xs text-gray-600">
              <s>“{f.quote}”</s> · <Link className="text-blue-700 hover:underline" href={`/sources/${f.sourceId}`}>{f.sourceTitle}</Link> · <Link className="text-blue-700 hover:underline" href={`/figures/${f.id}/review`}>Review</Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
