// Reference: plain float64.
type Result = { margins: number[]; slacks: number[]; marginWidth: number; objective: number; supportVectors: number[] };

export function svmPrimalStats(X: number[][], y: number[], w: number[], b: number, C: number, tol: number): Result {
  const n = X.length;
  if (y.length !== n) throw new Error('one label per row');
  if (y.some((v) => v !== 1 && v !== -1)) throw new Error('labels must be -1 or +1');
  if (X.some((r) => r.length !== w.length)) throw new Error('rows of X must have the length of w');
  if ([...X.flat(), ...w, b].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('C must be >= 0');
  if (!(tol >= 0) || !Number.isFinite(tol)) throw new Error('tol must be >= 0');
  const margins = X.map((x, i) => y[i]! * (x.reduce((s, v, j) => s + v * w[j]!, 0) + b));
  const slacks = margins.map((m) => Math.max(0, 1 - m));
  const w2 = w.reduce((s, v) => s + v * v, 0);
  return {
    margins,
    slacks,
    marginWidth: w2 === 0 ? Infinity : 2 / Math.sqrt(w2),
    objective: 0.5 * w2 + C * slacks.reduce((s, v) => s + v, 0),
    supportVectors: margins.flatMap((m, i) => (m <= 1 + tol ? [i] : [])),
  };
}
