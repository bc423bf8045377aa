// Reference: plain float64 closed-form gradient of KL(P‖Q) with the Student-t Q.
type Result = { grad: number[][]; Ynew: number[][] };

export function tsneGradStep(P: number[][], Y: number[][], lr: number): Result {
  const n = Y.length;
  if (n < 2) throw new Error('t-SNE needs at least two points');
  const e = Y[0]!.length;
  if (e === 0 || Y.some((r) => r.length !== e || r.some((v) => !Number.isFinite(v)))) throw new Error('Y must be finite vectors of the same length >= 1');
  if (P.length !== n || P.some((r) => r.length !== n)) throw new Error('P must be n × n');
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const v = P[i]![j]!;
    if (!Number.isFinite(v) || v < 0) throw new Error('P must be finite and >= 0');
    if (i === j && v !== 0) throw new Error('P must have a zero diagonal');
    if (Math.abs(v - P[j]![i]!) > 1e-12) throw new Error('P must be symmetric');
    total += v;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error('P must sum to 1');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  const W = Y.map((a, i) => Y.map((b, j) => (i === j ? 0 : 1 / (1 + a.reduce((s, v, t) => s + (v - b[t]!) ** 2, 0)))));
  const Z = W.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
  const grad = Y.map((yi, i) => yi.map((_, t) => 4 * Y.reduce((s, yj, j) => s + (P[i]![j]! - W[i]![j]! / Z) * (yi[t]! - yj[t]!) * W[i]![j]!, 0)));
  return { grad, Ynew: Y.map((yi, i) => yi.map((v, t) => v - lr * grad[i]![t]!)) };
}
