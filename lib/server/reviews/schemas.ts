import { z } from 'zod';
import { DECISION_LABELS, type DecisionName } from '../../shared/decisions';

export type { DecisionName };
const DECISIONS = Object.keys(DECISION_LABELS) as [DecisionName, ...DecisionName[]];

/** One criterion of a scorecard: a rating 1–4 (or none yet) and notes. */
export const ScorecardEntry = z.object({
  criterion: z.string().trim().min(1).max(80),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  notes: z.string().max(5_000, 'Use at most 5,000 characters.').default(''),
});
export type ScorecardEntry = z.infer<typeof ScorecardEntry>;

export const SaveReviewInput = z.object({
  scorecard: z.array(ScorecardEntry).max(20),
  notes: z.string().max(20_000, 'Use at most 20,000 characters.').default(''),
  decision: z.enum(DECISIONS).nullable(),
});
export type SaveReviewInput = z.infer<typeof SaveReviewInput>;

export const ScorecardCriteriaInput = z.object({
  /** one per line */
  criteria: z.preprocess(
    (value) => (typeof value === 'string' ? value.split('\n').map((c) => c.trim()).filter(Boolean) : value),
    z.array(z.string().max(80, 'A criterion has at most 80 characters.')).min(1, 'Keep at least one criterion.').max(12, 'At most 12 criteria.')
      .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, 'A criterion appears twice.'),
  ),
});
export type ScorecardCriteriaInput = z.infer<typeof ScorecardCriteriaInput>;

/** A stored scorecard, read back leniently (criteria renamed since keep their entries). */
export function readScorecard(value: unknown): ScorecardEntry[] {
  const parsed = z.array(ScorecardEntry).safeParse(value);
  return parsed.success ? parsed.data : [];
}
