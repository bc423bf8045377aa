// expect: wrong_answer
// mistake: computes the fill values on train and test together (test-set leakage, like fillna before the split)
// caught-by: missing only in test
export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  if (!Xtrain.length) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  const all = [...Xtrain, ...Xtest];
  for (const row of all) if (row.length !== d) throw new Error('column mismatch');
  const statistics = Array.from({ length: d }, (_, j) => {
    const v = all.map((r) => r[j]!).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    if (!v.length) throw new Error('empty column');
    if (strategy === 'mean') return v.reduce((a, b) => a + b, 0) / v.length;
    const k = v.length;
    return k % 2 ? v[(k - 1) / 2]! : (v[k / 2 - 1]! + v[k / 2]!) / 2;
  });
  const f = (X: number[][]) => X.map((row) => row.map((x, j) => (Number.isNaN(x) ? statistics[j]! : x)));
  return { statistics, train: f(Xtrain), test: f(Xtest) };
}
