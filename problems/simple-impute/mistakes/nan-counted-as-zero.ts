// expect: wrong_answer
// mistake: treats NaN as 0 when averaging (divides by all rows), biasing the mean toward zero
// caught-by: random 1
export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  if (!Xtrain.length) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of [...Xtrain, ...Xtest]) if (row.length !== d) throw new Error('column mismatch');
  const statistics = Array.from({ length: d }, (_, j) => {
    const obs = Xtrain.map((r) => r[j]!).filter((x) => !Number.isNaN(x));
    if (!obs.length) throw new Error('empty column');
    if (strategy === 'mean') return obs.reduce((a, b) => a + b, 0) / Xtrain.length;
    const v = obs.sort((a, b) => a - b), k = v.length;
    return k % 2 ? v[(k - 1) / 2]! : (v[k / 2 - 1]! + v[k / 2]!) / 2;
  });
  const f = (X: number[][]) => X.map((row) => row.map((x, j) => (Number.isNaN(x) ? statistics[j]! : x)));
  return { statistics, train: f(Xtrain), test: f(Xtest) };
}
