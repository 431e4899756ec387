import type { Verdict } from '@/lib/spread/types';

const STYLE: Record<Verdict, string> = {
  agree: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  revised: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  disagree: 'bg-rose-50 text-rose-800 ring-rose-600/30',
};
const TEXT: Record<Verdict, string> = { agree: 'Agree', revised: 'Revised over time', disagree: 'Disagree' };

/** The plain verdict on a metric's figures as a small coloured label. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span data-verdict={verdict} className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLE[verdict]}`}>
      {TEXT[verdict]}
    </span>
  );
}
