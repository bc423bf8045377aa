// expect: wrong_answer
// mistake: for an even count takes the upper middle value instead of averaging the two middle values
// caught-by: even count median
export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  if (!Xtrain.length) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of [...Xtrain, ...Xtest]) if (row.length !== d) throw new Error('column mismatch');
  const statistics = Array.from({ length: d }, (_, j) => {
    const v = Xtrain.map((r) => r[j]!).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    if (!v.length) throw new Error('empty column');
    if (strategy === 'mean') return v.reduce((a, b) => a + b, 0) / v.length;
    return v[Math.floor(v.length / 2)]!;
  });
  const f = (X: number[][]) => X.map((row) => row.map((x, j) => (Number.isNaN(x) ? statistics[j]! : x)));
  return { statistics, train: f(Xtrain), test: f(Xtest) };
}
