/**
 * The only precision a hidden test's numbers are shown with (see "Hidden tests tell nothing" in
 * grader/PROBLEM_FORMAT.md): error sizes to one significant digit, times to 10 ms. A candidate can make
 * an error or a time depend on a hidden input; rounded this coarsely it cannot read the input back.
 */
export function roundToOneDigit(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(1));
}

/** "3e-7", "0.5", "20": one significant digit, written short. */
export function oneSignificantDigit(x: number): string {
  const r = roundToOneDigit(x);
  if (!Number.isFinite(r)) return String(r);
  const abs = Math.abs(r);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e4) ? r.toExponential(0) : String(r);
}

export const HIDDEN_TIME_STEP_MS = 10;

export function roundHiddenTime(ms: number): number {
  return Math.round(ms / HIDDEN_TIME_STEP_MS) * HIDDEN_TIME_STEP_MS;
}
