import { formatAxisValue } from '@/lib/spread/format';
import type { SpreadVerdict } from '@/lib/spread/types';
import { VerdictBadge } from '../ui/verdict-badge';

/** The desk's verdict (a person's: value or range, why, and the figures it rests on) beside the machine's. */
export function DeskVerdict({ desk, machine, kind, unit }: {
  desk: { low: number; high: number; note: string; figures: { id: number; rawText: string; title: string }[]; by: string | null } | null;
  machine: SpreadVerdict;
  kind: 'quantity' | 'date';
  unit: string | null;
}) {
  const fmt = (v: number) => formatAxisValue(kind, unit, v);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <section aria-label="The desk's verdict" data-testid="desk-verdict" className="rounded-lg border-2 border-blue-200 bg-blue-50/60 p-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-blue-900">The desk&apos;s verdict</h2>
        {desk ? (
          <>
            <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900" data-testid="desk-verdict-value">
              {desk.low === desk.high ? fmt(desk.low) : `${fmt(desk.low)} – ${fmt(desk.high)}`}
            </p>
            <p className="mt-1 text-sm text-gray-800">{desk.note}</p>
            <p className="mt-1 text-xs text-gray-600">
              Rests on {desk.figures.map((f, i) => <span key={f.id}>{i > 0 && ', '}<a className="text-blue-700 hover:underline" href={`#figure-${f.id}`}>{f.rawText} ({f.title})</a></span>)}
              {desk.by && <> · recorded by {desk.by}</>}
            </p>
          </>
        ) : <p className="mt-1 text-sm text-gray-600">No verdict recorded yet: the figures below are the machine&apos;s reading, unchecked.</p>}
      </section>
      <section aria-label="The machine's verdict" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-gray-600">The machine&apos;s verdict</h2>
        <p className="mt-1"><VerdictBadge verdict={machine.verdict} /></p>
        <p className="mt-1 text-sm text-gray-700">{machine.reason}</p>
      </section>
    </div>
  );
}
