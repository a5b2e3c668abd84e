/** Signature states and review decisions, shared by the dashboard's server code and its pages. */
export const SIGNATURE_STATES = ["pending", "confirmed", "flagged", "invalidated"] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];

export const REVIEW_DECISIONS = ["accept", "invalidate"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** States a decision may start from: only held signatures are accepted; spam can be invalidated from anywhere. */
export const DECISION_FROM_STATES: Record<ReviewDecision, readonly SignatureState[]> = {
  accept: ["flagged"],
  invalidate: ["flagged", "pending", "confirmed"],
};
