export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  if (!Xtrain.length) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of [...Xtrain, ...Xtest]) if (row.length !== d) throw new Error('column mismatch');
  const statistics: number[] = [];
  for (let j = 0; j < d; j++) {
    const vals: number[] = [];
    for (const row of Xtrain) if (!Number.isNaN(row[j]!)) vals.push(row[j]!);
    if (!vals.length) throw new Error('column without observed values');
    if (strategy === 'mean') {
      let s = 0;
      for (const v of vals) s += v;
      statistics.push(s / vals.length);
    } else {
      vals.sort((a, b) => a - b);
      const k = vals.length;
      statistics.push(k % 2 === 1 ? vals[(k - 1) / 2]! : 0.5 * (vals[k / 2 - 1]! + vals[k / 2]!));
    }
  }
  const f = (X: number[][]) => X.map((row) => row.map((v, j) => (v !== v ? statistics[j]! : v)));
  return { statistics, train: f(Xtrain), test: f(Xtest) };
}
