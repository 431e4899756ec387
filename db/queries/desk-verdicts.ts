import type { ClaimReviewInput } from '../../lib/share/claim-review';
import type { Db } from '../client';

/** The desk's recorded verdict on a metric's claim: what a ClaimReview needs beyond the page it is published on. */
export type DeskVerdict = Omit<ClaimReviewInput, 'reviewUrl' | 'reviewer'>;

/**
 * The verdict the desk recorded on a metric, or null when it has none. Verdicts are recorded by issue 10
 * ("Review and curate"), which wires this read to its table; until then no metric has one, so no metric
 * page publishes a ClaimReview.
 */
export function deskVerdictFor(_db: Db, _metricId: number): DeskVerdict | null {
  return null;
}
