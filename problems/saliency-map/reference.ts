/**
 * Plain float64 gradient saliency |∂z_c/∂x| of a two-layer ReLU MLP (row-vector convention, weights
 * in×out), with ReLU′(0) = 0.
 */
export function saliency(x: number[], W1: number[][], b1: number[], W2: number[][], b2: number[], targetClass: number): number[] {
  const D = x.length;
  const H = b1.length;
  const C = b2.length;
  if (D === 0 || H === 0 || C === 0) throw new Error('x, b1 and b2 must be non-empty');
  if (W1.length !== D || W1.some((r) => r.length !== H)) throw new Error(`W1 must be ${D}×${H}`);
  if (W2.length !== H || W2.some((r) => r.length !== C)) throw new Error(`W2 must be ${H}×${C}`);
  if (!Number.isInteger(targetClass) || targetClass < 0 || targetClass >= C) throw new Error(`targetClass must be an integer in [0, ${C})`);
  const z1 = b1.map((b, j) => x.reduce((s, xi, i) => s + xi * W1[i]![j]!, b));
  const upstream = z1.map((z, j) => (z > 0 ? W2[j]![targetClass]! : 0)); // ∂z_c/∂z1
  return W1.map((row) => Math.abs(row.reduce((s, w, j) => s + w * upstream[j]!, 0)));
}
