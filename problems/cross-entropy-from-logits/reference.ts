import { sigmoid, softplus } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 binary cross-entropy from logits (soft labels allowed) and categorical cross-entropy
 * from logits with integer labels, both batch means, with their gradients with respect to the logits.
 */
export function crossEntropyFromLogits(
  logitsBinary: number[],
  yBinary: number[],
  logits: number[][],
  labels: number[],
): { bce: number; ce: number; dBinary: number[]; dLogits: number[][] } {
  const n = logitsBinary.length;
  if (n === 0 || yBinary.length !== n) throw new Error('logitsBinary and yBinary must be non-empty and of equal length');
  if (yBinary.some((y) => !(y >= 0 && y <= 1))) throw new Error('binary labels must lie in [0, 1]');
  const m = logits.length;
  if (m === 0 || labels.length !== m) throw new Error('logits and labels must be non-empty with one label per row');
  const K = logits[0]!.length;
  if (K === 0 || logits.some((r) => r.length !== K)) throw new Error('logits must be m×K with K ≥ 1');
  if (labels.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error(`labels must be integers in [0, ${K})`);
  if ([...logitsBinary, ...logits.flat()].some((v) => !Number.isFinite(v))) throw new Error('logits must be finite');

  let bce = 0;
  const dBinary = logitsBinary.map((z, i) => {
    const y = yBinary[i]!;
    bce += softplus(z) - z * y; // = max(z, 0) − zy + log(1 + e^{−|z|})
    return (sigmoid(z) - y) / n;
  });
  let ce = 0;
  const dLogits = logits.map((row, i) => {
    let mx = Number.NEGATIVE_INFINITY;
    for (const v of row) if (v > mx) mx = v;
    let s = 0;
    for (const v of row) s += Math.exp(v - mx);
    const lse = mx + Math.log(s);
    ce += lse - row[labels[i]!]!;
    return row.map((v, k) => (Math.exp(v - lse) - (k === labels[i] ? 1 : 0)) / m);
  });
  return { bce: bce / n, ce: ce / m, dBinary, dLogits };
}
