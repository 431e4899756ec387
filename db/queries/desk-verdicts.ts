import { and, eq, ne } from 'drizzle-orm';
import type { ClaimReviewInput } from '../../lib/share/claim-review';
import { formatFigureValue } from '../../lib/spread';
import type { Db } from '../client';
import { figureValueColumns } from '../columns';
import { figures, metricDecisions, metrics, sources } from '../schema';

/** The desk's recorded verdict on a metric's claim: what a ClaimReview needs beyond the page it is published on. */
export type DeskVerdict = Omit<ClaimReviewInput, 'reviewUrl' | 'reviewer'>;

/**
 * The ClaimReview the desk's verdict on a metric supports, or null when the desk recorded none. The claim
 * reviewed is the charted figure furthest outside the desk's value or range ("Not supported"), or, when every
 * figure fits it, the first figure the verdict rests on ("Supported"); its source is the claimant and the
 * appearance. `origin` makes a source without a URL point at its page here.
 */
export function deskVerdictFor(db: Db, metricId: number, origin = ''): DeskVerdict | null {
  const d = db.select().from(metricDecisions).where(eq(metricDecisions.metricId, metricId)).get();
  if (!d || d.verdictLow === null) return null;
  const low = d.verdictLow;
  const high = d.verdictHigh ?? low;
  const label = db.select({ label: metrics.label }).from(metrics).where(eq(metrics.id, metricId)).get()?.label ?? '';
  const rows = db.select({ ...figureValueColumns, publisher: sources.publisher, title: sources.title, url: sources.url, publishedAt: sources.publishedAt })
    .from(figures).innerJoin(sources, eq(sources.id, figures.sourceId))
    .where(and(eq(figures.metricId, metricId), ne(figures.status, 'rejected'), ne(figures.rank, 'deprecated'))).all()
    .filter((f) => f.low !== null);
  if (rows.length === 0) return null;
  // How far a figure lies outside the verdict, as a ratio (0 when it fits).
  const off = (f: (typeof rows)[number]) => {
    const lo = f.low!;
    const hi = f.high ?? lo;
    if (hi < low) return lo > 0 ? low / hi : low - hi;
    if (lo > high) return high > 0 ? lo / high : lo - high;
    return 0;
  };
  const furthest = rows.reduce((a, b) => (off(b) > off(a) ? b : a));
  const supported = off(furthest) === 0;
  const claim = supported ? rows.find((f) => d.verdictFigureIds.includes(f.id)) ?? rows[0] : furthest;
  const stated = formatFigureValue(claim);
  return {
    claim: `${label}: ${stated}`,
    claimant: { name: claim.publisher ?? claim.title },
    appearanceUrl: claim.url ?? `${origin}/sources/${claim.sourceId}`,
    rating: supported ? { label: 'Supported', value: 5 } : { label: 'Not supported', value: 2 },
    explanation: d.verdictNote || `The desk puts ${label.toLowerCase()} at ${low === high ? low : `${low}–${high}`}.`,
    datePublished: d.updatedAt.toISOString(),
    claimDate: claim.publishedAt,
  };
}
