/** The desk's verdict on a claim, and where the claim appeared: what a ClaimReview is built from. */
export interface ClaimReviewInput {
  /** The claim reviewed, in a sentence ("Between 189 and 200 people died in custody"). */
  claim: string;
  /** Who made the claim: a person or an organisation. */
  claimant: { name: string; type?: 'Person' | 'Organization' };
  /** Where the claim appeared (the source's URL). */
  appearanceUrl: string;
  /** The rating as words ("Misleading") and, optionally, on a scale (1 worst to 5 best). */
  rating: { label: string; value?: number; worst?: number; best?: number };
  /** Why the desk rated it so. */
  explanation: string;
  /** The page that publishes the review (the metric page). */
  reviewUrl: string;
  /** The desk that reviewed it. */
  reviewer: string;
  /** When the review was published, ISO 8601 (the caller passes it: no clock here). */
  datePublished: string;
  /** When the claim appeared, ISO 8601, if known. */
  claimDate?: string | null;
}

/**
 * A schema.org ClaimReview as JSON-LD, with the fields Google's fact-check markup requires (claimReviewed,
 * reviewRating, url, author, itemReviewed with its author and appearance), e.g.
 * `buildClaimReview(input)['@type']` → "ClaimReview".
 */
export function buildClaimReview(r: ClaimReviewInput) {
  const scale = r.rating.value === undefined ? {} : { ratingValue: r.rating.value, worstRating: r.rating.worst ?? 1, bestRating: r.rating.best ?? 5 };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: r.reviewUrl,
    claimReviewed: r.claim,
    datePublished: r.datePublished,
    author: { '@type': 'Organization', name: r.reviewer },
    reviewRating: { '@type': 'Rating', alternateName: r.rating.label, ...scale, ratingExplanation: r.explanation },
    reviewBody: r.explanation,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': r.claimant.type ?? 'Organization', name: r.claimant.name },
      ...(r.claimDate ? { datePublished: r.claimDate } : {}),
      appearance: [{ '@type': 'CreativeWork', url: r.appearanceUrl }],
    },
  };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so a quote can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
