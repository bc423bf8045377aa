// expect: wrong_answer
// mistake: returns the signed gradient instead of its absolute value
// caught-by: gradients of both signs (absolute value)
export function saliency(x: number[], W1: number[][], b1: number[], W2: number[][], b2: number[], targetClass: number): number[] {
  const D = x.length, H = b1.length, C = b2.length;
  if (!D || !H || !C || W1.length !== D || W1.some((r) => r.length !== H) || W2.length !== H || W2.some((r) => r.length !== C)) throw new Error('shapes');
  if (!Number.isInteger(targetClass) || targetClass < 0 || targetClass >= C) throw new Error('bad class');
  // forward to the hidden pre-activations; only the ReLU mask is needed for the backward pass
  const g = new Array(H);
  for (let j = 0; j < H; j++) {
    let z = b1[j];
    for (let i = 0; i < D; i++) z += x[i] * W1[i][j];
    g[j] = z > 0 ? W2[j][targetClass] : 0; // ∂z_c/∂z1_j (ReLU'(0) = 0)
  }
  return W1.map((row) => {
    let s = 0;
    for (let j = 0; j < H; j++) s += row[j] * g[j];
    return s;
  });
}
