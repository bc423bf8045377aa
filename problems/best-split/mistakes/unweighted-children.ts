// expect: wrong_answer
// mistake: averages the two child impurities instead of weighting them by child size
// caught-by: minSamplesLeaf changes the answer
export function bestSplit(X: number[][], y: number[], criterion: 'gini' | 'entropy', minSamplesLeaf: number): { feature: number; threshold: number; gain: number } {
  const n = X.length;
  if (n === 0 || y.length !== n || X.some((r) => r.length !== X[0].length)) throw new Error('bad data');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('bad minSamplesLeaf');
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error('bad criterion');
  const impurity = (labels: number[]): number => {
    if (labels.length === 0) return 0;
    const counts = new Map<number, number>();
    for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    let s = 0;
    for (const c of counts.values()) {
      const p = c / labels.length;
      s += criterion === 'gini' ? p * p : -p * Math.log2(p);
    }
    return criterion === 'gini' ? 1 - s : s;
  };
  const parent = impurity(y);
  let best = { feature: -1, threshold: NaN, gain: 1e-12 };
  for (let f = 0; f < X[0].length; f++) {
    const vals = [...new Set(X.map((r) => r[f]))].sort((a, b) => a - b);
    for (let k = 0; k < vals.length - 1; k++) {
      const t = (vals[k] + vals[k + 1]) / 2;
      const L = y.filter((_, i) => X[i][f] <= t), R = y.filter((_, i) => X[i][f] > t);
      if (L.length < minSamplesLeaf || R.length < minSamplesLeaf) continue;
      const gain = parent - (impurity(L) + impurity(R)) / 2;
      if (gain > best.gain + 1e-12) best = { feature: f, threshold: t, gain };
    }
  }
  return best.feature < 0 ? { feature: -1, threshold: NaN, gain: 0 } : best;
}
