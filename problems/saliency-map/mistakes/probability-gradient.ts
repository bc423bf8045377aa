// expect: wrong_answer
// mistake: differentiates the softmax probability of the class instead of its logit
// caught-by: logit, not probability
export function saliency(x: number[], W1: number[][], b1: number[], W2: number[][], b2: number[], targetClass: number): number[] {
  const D = x.length, H = b1.length, C = b2.length;
  if (!D || !H || !C || W1.length !== D || W1.some((r) => r.length !== H) || W2.length !== H || W2.some((r) => r.length !== C)) throw new Error('shapes');
  if (!Number.isInteger(targetClass) || targetClass < 0 || targetClass >= C) throw new Error('bad class');
  // forward to the hidden pre-activations; only the ReLU mask is needed for the backward pass
  const h = new Array(H), mask = new Array(H);
  for (let j = 0; j < H; j++) {
    let z = b1[j];
    for (let i = 0; i < D; i++) z += x[i] * W1[i][j];
    mask[j] = z > 0 ? 1 : 0;
    h[j] = Math.max(0, z);
  }
  const logits = b2.map((b, k) => h.reduce((s, hj, j) => s + hj * W2[j][k], b));
  const m = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - m));
  const p = e.map((v) => v / e.reduce((a, c) => a + c, 0));
  const dz = p.map((pk, k) => p[targetClass] * ((k === targetClass ? 1 : 0) - pk)); // ∂p_c/∂z
  const g = new Array(H);
  for (let j = 0; j < H; j++) g[j] = mask[j] * dz.reduce((s, d, k) => s + d * W2[j][k], 0);
  return W1.map((row) => {
    let s = 0;
    for (let j = 0; j < H; j++) s += row[j] * g[j];
    return Math.abs(s);
  });
}
