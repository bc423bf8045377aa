// expect: wrong_answer
// mistake: only checks minSamplesLeaf ≥ 1, so a fractional minimum leaf size such as 1.5 is accepted
// caught-by: fractional minSamplesLeaf throws
export function bestSplit(X: number[][], y: number[], criterion: 'gini' | 'entropy', minSamplesLeaf: number): { feature: number; threshold: number; gain: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad data');
  const d = X[0].length;
  for (const r of X) if (r.length !== d) throw new Error('ragged X');
  if (!(minSamplesLeaf >= 1)) throw new Error('bad minSamplesLeaf');
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error('bad criterion');
  const classes = [...new Set(y)];
  const cls = y.map((v) => classes.indexOf(v));
  const K = classes.length;
  const imp = (cnt: number[], m: number): number => {
    if (m === 0) return 0;
    let s = 0;
    for (const c of cnt) {
      if (c === 0) continue;
      const p = c / m;
      s += criterion === 'gini' ? p * p : -p * Math.log(p) / Math.LN2;
    }
    return criterion === 'gini' ? 1 - s : s;
  };
  const total = new Array(K).fill(0);
  for (const c of cls) total[c]++;
  const parent = imp(total, n);
  const found: { feature: number; threshold: number; gain: number }[] = [];
  for (let f = 0; f < d; f++) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => X[a][f] - X[b][f]);
    const left = new Array(K).fill(0);
    for (let p = 0; p < n - 1; p++) {
      left[cls[order[p]]]++;
      const a = X[order[p]][f], b = X[order[p + 1]][f];
      if (a === b) continue;
      const nl = p + 1, nr = n - nl;
      if (nl < minSamplesLeaf || nr < minSamplesLeaf) continue;
      const right = total.map((t, c) => t - left[c]);
      const gain = parent - (nl / n) * imp(left, nl) - (nr / n) * imp(right, nr);
      found.push({ feature: f, threshold: (a + b) / 2, gain });
    }
  }
  const top = Math.max(-Infinity, ...found.map((c) => c.gain));
  if (found.length === 0 || top <= 1e-12) return { feature: -1, threshold: NaN, gain: 0 };
  for (const c of found) if (c.gain >= top - 1e-12) return c;
  return { feature: -1, threshold: NaN, gain: 0 };
}
