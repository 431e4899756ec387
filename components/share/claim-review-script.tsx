import { buildClaimReview, jsonForScript, type ClaimReviewInput } from '@/lib/share/claim-review';

/**
 * The desk's verdict as schema.org ClaimReview JSON-LD, for search engines and fact-check aggregators.
 * A data block, never run, so the page's script policy does not apply to it.
 */
export function ClaimReviewScript({ review }: { review: ClaimReviewInput }) {
  return <script type="application/ld+json" data-testid="claim-review" dangerouslySetInnerHTML={{ __html: jsonForScript(buildClaimReview(review)) }} />;
}
