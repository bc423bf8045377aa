// Reference: plain float64; each conditional row is a softmax of −d²/(2σ_i²) over j ≠ i (max-shifted).
type Result = { P: number[][]; Q: number[][]; kl: number };

const sq = (a: number[], b: number[]): number => a.reduce((s, v, t) => s + (v - b[t]!) ** 2, 0);

export function tsneObjective(X: number[][], sigmas: number[], Y: number[][]): Result {
  const n = X.length;
  if (n < 2) throw new Error('t-SNE needs at least two points');
  const d = X[0]!.length, e = Y[0]?.length ?? 0;
  if (d === 0 || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows of X must be finite vectors of the same length >= 1');
  if (Y.length !== n || e === 0 || Y.some((r) => r.length !== e || r.some((v) => !Number.isFinite(v)))) throw new Error('Y must hold one finite embedding vector per point');
  if (sigmas.length !== n || sigmas.some((s) => !(s > 0) || !Number.isFinite(s))) throw new Error('one positive bandwidth per point');
  const cond = X.map((x, i) => {
    const logits = X.map((z, j) => (j === i ? -Infinity : -sq(x, z) / (2 * sigmas[i]! ** 2)));
    const m = Math.max(...logits);
    const ex = logits.map((v) => (v === -Infinity ? 0 : Math.exp(v - m)));
    const s = ex.reduce((a, b) => a + b, 0);
    return ex.map((v) => v / s);
  });
  const P = cond.map((row, i) => row.map((v, j) => (i === j ? 0 : (v + cond[j]![i]!) / (2 * n))));
  const W = Y.map((a, i) => Y.map((b, j) => (i === j ? 0 : 1 / (1 + sq(a, b)))));
  const Z = W.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
  const Q = W.map((row) => row.map((v) => v / Z));
  let kl = 0;
  P.forEach((row, i) => row.forEach((p, j) => { if (i !== j && p > 0) kl += p * Math.log(p / Q[i]![j]!); }));
  return { P, Q, kl };
}
