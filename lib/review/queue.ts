// What awaits a person, most useful first (the /review queue). Pure: candidate rows in, ordered rows out.

export interface QueueCandidate {
  figureId: number;
  /** The figure's metric disagrees (its sources state values the verdict calls a disagreement). */
  disagree: boolean;
  /** The extractor was unsure: warnings, a vague count, or nothing it could name as counted. */
  uncertain: boolean;
  /** Its metric has one source only. */
  singleSource: boolean;
  /** A regroup proposed something that contradicts a person's decision on it. */
  suggested: boolean;
}

export type QueueReason = 'suggestion' | 'disagree' | 'uncertain' | 'single-source';

export const QUEUE_REASON_TEXT: Record<QueueReason, string> = {
  suggestion: 'the machine proposes a change to a decision',
  disagree: 'new figure in a metric whose sources disagree',
  uncertain: 'the extractor marked it uncertain',
  'single-source': 'its metric has one source only',
};

/** Why a candidate is in the queue (its most useful reason), or null when nothing awaits a person. */
export function queueReason(c: QueueCandidate): QueueReason | null {
  if (c.suggested) return 'suggestion';
  if (c.disagree) return 'disagree';
  if (c.uncertain) return 'uncertain';
  if (c.singleSource) return 'single-source';
  return null;
}

const ORDER: QueueReason[] = ['suggestion', 'disagree', 'uncertain', 'single-source'];

/**
 * Orders the queue: suggestions, then disagreements, uncertain figures, single-source metrics; newest first within each,
 * e.g. `orderQueue([{ figureId: 1, uncertain: true, ... }, { figureId: 2, disagree: true, ... }])` → figure 2 first.
 */
export function orderQueue<T extends QueueCandidate>(candidates: T[]): (T & { reason: QueueReason })[] {
  return candidates
    .map((c) => ({ ...c, reason: queueReason(c) }))
    .filter((c): c is T & { reason: QueueReason } => c.reason !== null)
    .sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) || b.figureId - a.figureId);
}
