// expect: wrong_answer
// mistake: fits the statistics on train and test together (the leakage the statement warns about)
// caught-by: test outside the training range
export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  const all = Xtrain.concat(Xtest);
  for (const row of all) if (row.length !== d) throw new Error('column mismatch');
  const c: number[] = [], s: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = all.map((r) => r[j]!);
    if (method === 'standard') {
      const mu = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, b) => a + (b - mu) ** 2, 0) / col.length);
      c.push(mu); s.push(sd || 1);
    } else {
      const lo = Math.min(...col), hi = Math.max(...col);
      c.push(lo); s.push(hi - lo || 1);
    }
  }
  const f = (X: number[][]) => X.map((r) => r.map((v, j) => (v - c[j]!) / s[j]!));
  return { train: f(Xtrain), test: f(Xtest) };
}
