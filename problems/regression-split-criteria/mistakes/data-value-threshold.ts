// expect: wrong_answer
// mistake: reports the left data value as the threshold instead of the midpoint between the two neighbouring values
// caught-by: MAE and MSE disagree
function nodeImpurity(v: number[], criterion: 'mse' | 'mae'): number {
  const n = v.length;
  if (criterion === 'mse') {
    let m = 0;
    for (const x of v) m += x;
    m /= n;
    let s = 0;
    for (const x of v) s += (x - m) * (x - m);
    return s / n;
  }
  const s = [...v].sort((a, b) => a - b);
  const med = n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  let a = 0;
  for (const x of v) a += Math.abs(x - med);
  return a / n;
}

export function bestRegressionSplit(
  X: number[][], y: number[], criterion: 'mse' | 'mae', minSamplesLeaf: number,
): { feature: number; threshold: number; childImpurity: number; parentImpurity: number } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('length mismatch');
  const d = X[0]!.length;
  for (const row of X) if (row.length !== d) throw new Error('ragged X');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('bad minSamplesLeaf');
  if (criterion !== 'mse' && criterion !== 'mae') throw new Error('bad criterion');

  const parent = nodeImpurity(y, criterion);
  const tol = 1e-12 * parent;
  let best = Infinity, bf = -1, bt = NaN;
  for (let f = 0; f < d; f++) {
    const order = X.map((_, i) => i).sort((a, b) => X[a]![f]! - X[b]![f]!);
    for (let k = 0; k < n - 1; k++) {
      const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
      if (a === b) continue;
      const nl = k + 1, nr = n - nl;
      if (nl < minSamplesLeaf || nr < minSamplesLeaf) continue;
      const left = order.slice(0, nl).map((i) => y[i]!);
      const right = order.slice(nl).map((i) => y[i]!);
      const child = (nl / n) * nodeImpurity(left, criterion) + (nr / n) * nodeImpurity(right, criterion);
      if (child < best - tol) { best = child; bf = f; bt = a; }
    }
  }
  if (bf < 0 || parent - best <= tol) return { feature: -1, threshold: NaN, childImpurity: parent, parentImpurity: parent };
  return { feature: bf, threshold: bt, childImpurity: best, parentImpurity: parent };
}
