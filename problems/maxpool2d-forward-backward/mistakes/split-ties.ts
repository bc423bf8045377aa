// expect: wrong_answer
// mistake: splits a tied window's gradient equally among all maximal entries (the tf.max convention, not max-pool's)
// caught-by: small-integer ties, overlapping
export function maxPool2d(x: number[][], k: number, s: number, dY: number[][]): { y: number[][]; dX: number[][] } {
  const H = x.length, W = x[0].length;
  if (k > H || k > W) throw new Error('window too large');
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  if (dY.length !== Ho || dY.some((r) => r.length !== Wo)) throw new Error('bad dY shape');
  const y: number[][] = [];
  const dX = x.map((r) => r.map(() => 0));
  for (let i = 0; i < Ho; i++) {
    y.push([]);
    for (let j = 0; j < Wo; j++) {
      let m = -Infinity;
      for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) m = Math.max(m, x[i * s + u][j * s + v]);
      const at: [number, number][] = [];
      for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) if (x[i * s + u][j * s + v] === m) at.push([i * s + u, j * s + v]);
      y[i].push(m);
      for (const [r, c] of at) dX[r][c] += dY[i][j] / at.length;
    }
  }
  return { y, dX };
}
