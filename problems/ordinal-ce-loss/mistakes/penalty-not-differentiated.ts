// expect: wrong_answer
// mistake: adds the ordinal penalty to the loss but back-propagates only the cross-entropy
// caught-by: large λ
export function ordinalLoss(logits: number[][], labels: number[], lambda: number): { loss: number; dLogits: number[][] } {
  const n = logits.length;
  if (!n) throw new Error('empty batch');
  const K = logits[0].length;
  if (K < 2 || logits.some((r) => r.length !== K) || labels.length !== n) throw new Error('shapes');
  if (labels.some((y) => !Number.isInteger(y) || y < 0 || y >= K) || !(lambda >= 0) || lambda === Infinity) throw new Error('bad labels or lambda');
  let loss = 0;
  const dLogits: number[][] = [];
  for (let i = 0; i < n; i++) {
    const z = logits[i], y = labels[i];
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    const p = z.map((v) => Math.exp(v - lse));
    const E = p.reduce((s, pk, k) => s + k * pk, 0); // expected grade under the softmax
    loss += lse - z[y] + lambda * Math.abs(E - y);
    const sign = E > y ? 1 : E < y ? -1 : 0;
    // ∂CE/∂z_j = p_j − [j = y];  ∂E/∂z_j = p_j (j − E)
    dLogits.push(p.map((pj, j) => (pj - (j === y ? 1 : 0)) / n));
  }
  return { loss: loss / n, dLogits };
}
