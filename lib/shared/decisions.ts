/** A reviewer's decision on a candidate, in words. */
export const DECISION_LABELS = { advance: 'Advance', hold: 'Hold', reject: 'Reject' } as const;
export type DecisionName = keyof typeof DECISION_LABELS;
