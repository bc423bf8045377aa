// Reference: plain float64, every candidate's impurities computed directly (two-pass mean, exact median).
type Criterion = 'mse' | 'mae';
type Split = { feature: number; threshold: number; childImpurity: number; parentImpurity: number };

export function impurity(v: readonly number[], criterion: Criterion): number {
  const n = v.length;
  if (criterion === 'mse') {
    const m = v.reduce((s, x) => s + x, 0) / n;
    return v.reduce((s, x) => s + (x - m) ** 2, 0) / n;
  }
  const s = [...v].sort((a, b) => a - b);
  const med = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return v.reduce((a, x) => a + Math.abs(x - med), 0) / n;
}

/** Every valid candidate, in feature order then ascending threshold, with its weighted child impurity. */
export function candidates(X: number[][], y: number[], criterion: Criterion, minSamplesLeaf: number): Array<{ feature: number; threshold: number; child: number }> {
  const n = X.length;
  const out: Array<{ feature: number; threshold: number; child: number }> = [];
  for (let f = 0; f < X[0]!.length; f++) {
    const vals = [...new Set(X.map((r) => r[f]!))].sort((a, b) => a - b);
    for (let k = 0; k + 1 < vals.length; k++) {
      const t = (vals[k]! + vals[k + 1]!) / 2;
      const L: number[] = [], R: number[] = [];
      for (let i = 0; i < n; i++) (X[i]![f]! <= t ? L : R).push(y[i]!);
      if (L.length < minSamplesLeaf || R.length < minSamplesLeaf) continue;
      out.push({ feature: f, threshold: t, child: (L.length / n) * impurity(L, criterion) + (R.length / n) * impurity(R, criterion) });
    }
  }
  return out;
}

export function bestRegressionSplit(X: number[][], y: number[], criterion: Criterion, minSamplesLeaf: number): Split {
  if (X.length === 0) throw new Error('X is empty');
  if (y.length !== X.length) throw new Error('y must have one target per row');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d)) throw new Error('rows of X must have equal length');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('targets must be finite');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('minSamplesLeaf must be an integer >= 1');
  if (criterion !== 'mse' && criterion !== 'mae') throw new Error(`unknown criterion ${String(criterion)}`);
  const parent = impurity(y, criterion);
  const cands = candidates(X, y, criterion, minSamplesLeaf);
  const none = { feature: -1, threshold: Number.NaN, childImpurity: parent, parentImpurity: parent };
  if (cands.length === 0) return none;
  const best = Math.min(...cands.map((c) => c.child));
  const tol = 1e-12 * parent;
  if (parent - best <= tol) return none;
  const c = cands.find((x) => x.child <= best + tol)!;
  return { feature: c.feature, threshold: c.threshold, childImpurity: c.child, parentImpurity: parent };
}
