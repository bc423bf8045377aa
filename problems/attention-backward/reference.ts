import { matmul, softmaxRow } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 backward pass of O = softmax(QKᵀ/√d + causal mask) V. The softmax backward is written
 * with its Jacobian-vector product dS = A ⊙ (dA − rowsum(A ⊙ dA)); tf.grads is the unit-test cross-check.
 */
export function attentionBackward(
  Q: number[][],
  K: number[][],
  V: number[][],
  dOut: number[][],
  causal: boolean,
): { dQ: number[][]; dK: number[][]; dV: number[][] } {
  const n = Q.length;
  const m = K.length;
  if (n === 0 || m === 0) throw new Error('Q and K must have at least one row');
  const d = Q[0]!.length;
  if (d === 0 || Q.some((r) => r.length !== d) || K.some((r) => r.length !== d)) throw new Error(`every row of Q and K must have the same length d ≥ 1`);
  if (V.length !== m) throw new Error('V must have one row per key');
  const dv = V[0]!.length;
  if (V.some((r) => r.length !== dv)) throw new Error('rows of V must have equal length');
  if (dOut.length !== n || dOut.some((r) => r.length !== dv)) throw new Error(`dOut must be ${n}×${dv}`);
  if (causal && n !== m) throw new Error('a causal mask needs as many queries as keys');

  const scale = 1 / Math.sqrt(d);
  const S = matmul(Q, K, true).map((row, i) => row.map((s, j) => (causal && j > i ? Number.NEGATIVE_INFINITY : s * scale)));
  const A = S.map((row) => softmaxRow(row));
  const dA = matmul(dOut, V, true); // n×m
  const dS = A.map((row, i) => {
    let dot = 0;
    row.forEach((a, j) => { dot += a * dA[i]![j]!; });
    return row.map((a, j) => a * (dA[i]![j]! - dot));
  });
  const At = A[0]!.map((_, j) => A.map((row) => row[j]!));
  const dSt = dS[0]!.map((_, j) => dS.map((row) => row[j]!));
  const dV = matmul(At, dOut);
  const dQ = matmul(dS, K).map((row) => row.map((v) => v * scale));
  const dK = matmul(dSt, Q).map((row) => row.map((v) => v * scale));
  return { dQ, dK, dV };
}
