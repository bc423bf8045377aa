// expect: wrong_answer
// mistake: divides by a zero std / zero range for constant columns, producing NaN instead of 0
// caught-by: constant column among others, minmax
export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of Xtrain.concat(Xtest)) if (row.length !== d) throw new Error('column mismatch');
  const c: number[] = [], s: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!);
    if (method === 'standard') {
      const mu = col.reduce((a, b) => a + b, 0) / col.length;
      c.push(mu); s.push(Math.sqrt(col.reduce((a, b) => a + (b - mu) ** 2, 0) / col.length));
    } else {
      const lo = Math.min(...col), hi = Math.max(...col);
      c.push(lo); s.push(hi - lo);
    }
  }
  const f = (X: number[][]) => X.map((r) => r.map((v, j) => (v - c[j]!) / s[j]!));
  return { train: f(Xtrain), test: f(Xtest) };
}
