// expect: wrong_answer
// mistake: variance as mean(x²) − mean(x)², which cancels catastrophically for columns near 1e9
// caught-by: large offset, standard
export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of Xtrain.concat(Xtest)) if (row.length !== d) throw new Error('column mismatch');
  const c: number[] = [], s: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!);
    if (method === 'standard') {
      const mu = col.reduce((a, b) => a + b, 0) / col.length;
      const ex2 = col.reduce((a, b) => a + b * b, 0) / col.length;
      const sd = Math.sqrt(Math.max(0, ex2 - mu * mu));
      c.push(mu); s.push(sd || 1);
    } else {
      const lo = Math.min(...col), hi = Math.max(...col);
      c.push(lo); s.push(hi - lo || 1);
    }
  }
  const f = (X: number[][]) => X.map((r) => r.map((v, j) => (v - c[j]!) / s[j]!));
  return { train: f(Xtrain), test: f(Xtest) };
}
