export function trainMlp(
  X: number[][], Y: number[][], weights: number[][][], biases: number[][],
  epochs: number, lr: number, batchSize: number, perms: number[][],
): { weights: number[][][]; biases: number[][]; losses: number[] } {
  const n = X.length, L = weights.length;
  if (n === 0 || L === 0 || biases.length !== L) throw new Error('empty input');
  for (let l = 0; l < L; l++) {
    const fanIn = l === 0 ? X[0].length : biases[l - 1].length;
    if (weights[l].length !== fanIn || weights[l].some((r) => r.length !== biases[l].length)) throw new Error('layers do not chain');
  }
  if (X.some((r) => r.length !== X[0].length) || Y.length !== n || Y.some((r) => r.length !== biases[L - 1].length)) throw new Error('X/Y shape');
  if (!Number.isInteger(epochs) || epochs < 0 || !Number.isInteger(batchSize) || batchSize < 1 || !(lr >= 0) || !Number.isFinite(lr)) throw new Error('hyper-parameters');
  if (perms.length !== epochs || perms.some((p) => p.length !== n || new Set(p).size !== n || p.some((i) => !Number.isInteger(i) || i < 0 || i >= n))) throw new Error('perms');

  const W = weights.map((M) => M.map((r) => [...r]));
  const b = biases.map((v) => [...v]);
  const softmax = (z: number[]) => {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, v) => a + v, 0);
    return e.map((v) => v / s);
  };
  const forward = (rows: number[][]) => {
    const A = [rows], Z: number[][][] = [];
    for (let l = 0; l < L; l++) {
      const z = A[l].map((a) => b[l].map((bj, j) => a.reduce((s, ai, i) => s + ai * W[l][i][j], bj)));
      Z.push(z);
      A.push(l < L - 1 ? z.map((r) => r.map((v) => Math.max(v, 0))) : z.map(softmax));
    }
    return { A, Z };
  };

  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    for (let start = 0; start < n; start += batchSize) {
      const idx = perms[e].slice(start, start + batchSize);
      const m = idx.length; // the last batch may be smaller: its mean uses its own size
      const { A, Z } = forward(idx.map((i) => X[i]));
      let dZ = A[L].map((p, r) => p.map((q, k) => (q - Y[idx[r]][k]) / m));
      const gW: number[][][] = [], gb: number[][] = [];
      for (let l = L - 1; l >= 0; l--) {
        gW[l] = W[l].map((row, i) => row.map((_, j) => A[l].reduce((s, a, r) => s + a[i] * dZ[r][j], 0)));
        gb[l] = b[l].map((_, j) => dZ.reduce((s, d) => s + d[j], 0));
        if (l > 0) dZ = dZ.map((d, r) => W[l].map((wRow, i) => (Z[l - 1][r][i] > 0 ? wRow.reduce((s, w, j) => s + w * d[j], 0) : 0)));
      }
      // update only after the whole backward pass used the old weights
      for (let l = 0; l < L; l++) {
        W[l] = W[l].map((row, i) => row.map((w, j) => w - lr * gW[l][i][j]));
        b[l] = b[l].map((v, j) => v - lr * gb[l][j]);
      }
    }
    if (e % 10 === 0) {
      const P = forward(X).A[L];
      losses.push(-P.reduce((s, p, i) => s + p.reduce((t, q, k) => t + Y[i][k] * Math.log(q + 1e-8), 0), 0) / n);
    }
  }
  return { weights: W, biases: b, losses };
}
