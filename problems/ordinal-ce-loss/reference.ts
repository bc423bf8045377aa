/**
 * Plain float64 ordinal loss: mean cross-entropy plus λ·mean |E[grade] − y| with E under the softmax, and
 * its gradient with respect to the logits (sign(0) = 0).
 */
export function ordinalLoss(logits: number[][], labels: number[], lambda: number): { loss: number; dLogits: number[][] } {
  const n = logits.length;
  if (n === 0) throw new Error('the batch must not be empty');
  const K = logits[0]!.length;
  if (K < 2 || logits.some((r) => r.length !== K)) throw new Error('logits must be n×K with K ≥ 2');
  if (logits.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('logits must be finite');
  if (labels.length !== n || labels.some((y) => !Number.isInteger(y) || y < 0 || y >= K)) throw new Error(`labels must be ${n} integers in [0, ${K})`);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('lambda must be a finite number ≥ 0');
  let ce = 0;
  let mae = 0;
  const dLogits = logits.map((z, i) => {
    const y = labels[i]!;
    let m = Number.NEGATIVE_INFINITY;
    for (const v of z) if (v > m) m = v;
    let s = 0;
    for (const v of z) s += Math.exp(v - m);
    const lse = m + Math.log(s);
    const p = z.map((v) => Math.exp(v - lse));
    ce += lse - z[y]!;
    const E = p.reduce((acc, pk, k) => acc + k * pk, 0);
    mae += Math.abs(E - y);
    const sg = Math.sign(E - y);
    return p.map((pj, j) => ((pj - (j === y ? 1 : 0)) + lambda * sg * pj * (j - E)) / n);
  });
  return { loss: ce / n + (lambda * mae) / n, dLogits };
}
