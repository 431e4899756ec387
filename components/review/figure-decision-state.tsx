import type { FigureDecision } from '@/db/schema';
import { MetaList } from '../ui/meta-list';

const STATUS_TEXT: Record<string, string> = {
  extracted: 'as extracted: no one has checked it yet',
  confirmed: 'confirmed by the desk',
  corrected: 'corrected by the desk',
  rejected: 'rejected by the desk',
};

/** Where the desk stands on a figure: status, rank with its reason, what was edited and what the extractor said. */
export function FigureDecisionState({ status, rank, decision, suggestion }: {
  status: string;
  rank: string;
  decision: FigureDecision | undefined;
  suggestion: { proposedLabel: string } | undefined;
}) {
  const edits = Object.entries(decision?.edits ?? {});
  return (
    <div className="space-y-2" data-testid="figure-decision">
      <MetaList items={[
        ['Status', <span key="s" data-testid="figure-status" data-status={status}>{STATUS_TEXT[status] ?? status}{decision?.reason ? `: ${decision.reason}` : ''}</span>],
        ['Rank', <span key="r" data-testid="figure-rank" data-rank={rank}>{rank}{decision?.rankReason ? `: ${decision.rankReason}` : ''}</span>],
        ['Edited', edits.length ? (
          <ul key="e" className="space-y-0.5">
            {edits.map(([field, value]) => (
              <li key={field}>{field}: <strong>{JSON.stringify(value)}</strong> <span className="text-gray-500">(extracted: {JSON.stringify((decision?.original as Record<string, unknown>)?.[field] ?? null)})</span></li>
            ))}
          </ul>
        ) : null],
        ['Version', String(decision?.version ?? 0)],
      ]} />
      {suggestion && (
        <p role="note" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="machine-suggestion">
          Suggestion from the machine, not applied: a regroup would put this figure with “{suggestion.proposedLabel}”. Move it there if that is right.
        </p>
      )}
    </div>
  );
}
