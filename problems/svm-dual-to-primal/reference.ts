// Reference: plain float64. The dual objective uses Σα − ½‖w‖², which equals the double sum Σα − ½ΣΣαᵢαⱼyᵢyⱼxᵢ·xⱼ.
type Result = { w: number[]; b: number; support: number[]; dual: number; primal: number };

export const SV_THRESHOLD = 1e-8;

export function svmDualToPrimal(X: number[][], y: number[], alpha: number[], C: number): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows of X must be finite vectors of the same length >= 1');
  if (y.length !== n || alpha.length !== n) throw new Error('one label and one alpha per row');
  if (y.some((v) => v !== 1 && v !== -1)) throw new Error('labels must be -1 or +1');
  if (!(C > 0)) throw new Error('C must be positive (Infinity for a hard margin)');
  if (alpha.some((a) => !Number.isFinite(a) || a < 0 || a > C)) throw new Error('every alpha must lie in [0, C]');
  if (Math.abs(alpha.reduce((s, a, i) => s + a * y[i]!, 0)) > 1e-8) throw new Error('the alphas violate sum(alpha_i y_i) = 0');
  const w = new Array<number>(d).fill(0);
  alpha.forEach((a, i) => X[i]!.forEach((v, j) => { w[j]! += a * y[i]! * v; }));
  const support = alpha.flatMap((a, i) => (a > SV_THRESHOLD ? [i] : []));
  const free = support.filter((i) => alpha[i]! < C - SV_THRESHOLD);
  if (free.length === 0) throw new Error('no free support vector to fix the bias');
  const f = (x: number[]): number => x.reduce((s, v, j) => s + v * w[j]!, 0);
  const b = free.reduce((s, i) => s + (y[i]! - f(X[i]!)), 0) / free.length;
  const w2 = w.reduce((s, v) => s + v * v, 0);
  const dual = alpha.reduce((s, a) => s + a, 0) - 0.5 * w2;
  const slack = X.reduce((s, x, i) => s + Math.max(0, 1 - y[i]! * (f(x) + b)), 0);
  const primal = 0.5 * w2 + (C === Infinity ? (slack > 1e-9 ? Infinity : 0) : C * slack);
  return { w, b, support, dual, primal };
}
