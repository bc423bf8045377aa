/**
 * Verdicts form a closed, ordered set: a submission's verdict is the worst over its tests.
 * The order is the order of this array (accepted best, internal_error worst).
 */
export const VERDICTS = [
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
  'output_limit_exceeded',
  'internal_error',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

export function verdictRank(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

/** Worst verdict of a list; an empty list is accepted (nothing failed). */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  let worst: Verdict = 'accepted';
  for (const v of verdicts) if (verdictRank(v) > verdictRank(worst)) worst = v;
  return worst;
}
