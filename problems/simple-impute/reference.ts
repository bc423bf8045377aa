// Reference: plain float64 TypeScript (median needs sorting).
export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('Xtrain must have at least one row');
  const d = Xtrain[0]!.length;
  if (Xtrain.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('inconsistent column counts');
  const statistics = Array.from({ length: d }, (_, j) => {
    const obs = Xtrain.map((r) => r[j]!).filter((v) => !Number.isNaN(v));
    if (obs.length === 0) throw new Error(`column ${j} has no observed training value`);
    if (strategy === 'mean') return obs.reduce((a, b) => a + b, 0) / obs.length;
    if (strategy !== 'median') throw new Error('unknown strategy');
    obs.sort((a, b) => a - b);
    const h = obs.length >> 1;
    return obs.length % 2 ? obs[h]! : (obs[h - 1]! + obs[h]!) / 2;
  });
  const fill = (X: number[][]) => X.map((r) => r.map((v, j) => (Number.isNaN(v) ? statistics[j]! : v)));
  return { statistics, train: fill(Xtrain), test: fill(Xtest) };
}
