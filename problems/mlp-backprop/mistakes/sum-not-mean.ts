// expect: wrong_answer
// mistake: sums the per-example gradients instead of averaging them (the per-example δ formulas without 1/m)
// caught-by: output layer only (no hidden layer)
export function mlpGradients(
  X: number[][],
  Y: number[][],
  weights: number[][][],
  biases: number[][],
): { dW: number[][][]; db: number[][]; loss: number } {
  const matmul = (A: number[][], B: number[][]) =>
    A.map((row) => B[0]!.map((_, j) => row.reduce((s, a, k) => s + a * B[k]![j]!, 0)));
  const T = (A: number[][]) => A[0]!.map((_, j) => A.map((row) => row[j]!));
  const L = weights.length;
  const m = X.length;
  const W = weights.map((w) => w.map((r) => r.slice()));
  const b = biases.map((v) => v.slice());
  // forward
  const acts: number[][][] = [X];
  const zs: number[][][] = [];
  let A = X;
  for (let l = 0; l < L; l++) {
    const Z = matmul(A, W[l]!).map((row) => row.map((z, j) => z + b[l]![j]!));
    zs.push(Z);
    if (l < L - 1) A = Z.map((row) => row.map((z) => Math.max(z, 0)));
    else A = Z.map((row) => { const mx = Math.max(...row); const e = row.map((z) => Math.exp(z - mx)); const s = e.reduce((p, q) => p + q, 0); return e.map((v) => v / s); });
    acts.push(A);
  }
  let loss = 0;
  acts[L]!.forEach((row, i) => row.forEach((p, k) => { if (Y[i]![k]! > 0) loss -= Y[i]![k]! * Math.log(p); }));
  loss /= m;
  const dW: number[][][] = new Array(L);
  const db: number[][] = new Array(L);
  let dZ = acts[L]!.map((row, i) => row.map((p, k) => p - Y[i]![k]!));
  for (let l = L - 1; l >= 0; l--) {
    dW[l] = matmul(T(acts[l]!), dZ).map((row) => row.slice());
    db[l] = dZ[0]!.map((_, j) => dZ.reduce((s, row) => s + row[j]!, 0));
    if (l > 0) dZ = matmul(dZ, T(W[l]!)).map((row, i) => row.map((g, j) => (zs[l - 1]![i]![j]! > 0 ? g : 0)));
  }
  return { dW, db, loss };
}
