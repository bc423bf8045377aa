// expect: wrong_answer
// mistake: exponentiates without subtracting the maximum, so logits near 1000 overflow to Infinity/Infinity = NaN
// caught-by: logits near 1000 (naive exp overflows)
export function softmaxJacobian(z: number[]): number[][] {
  if (z.length === 0) throw new Error('empty input');
  if (z.some((v) => Number.isNaN(v) || v === Infinity)) throw new Error('NaN or +Infinity');
  const m = Math.max(...z);
  if (m === -Infinity) throw new Error('all entries are -Infinity');
  const e = z.map((v) => Math.exp(v));
  const sum = e.reduce((a, b) => a + b, 0);
  const s = e.map((v) => v / sum);
  // ∂s_i/∂z_j = s_i (δ_ij − s_j)
  return s.map((si, i) => s.map((sj, j) => (i === j ? si * (1 - si) : -si * sj)));
}
