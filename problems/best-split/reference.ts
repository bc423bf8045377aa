// Reference: plain float64 TypeScript (a discrete choice; float32 could flip near-equal gains).
type Criterion = 'gini' | 'entropy';
export const TIE = 1e-12;

function impurity(counts: Map<number, number>, n: number, criterion: Criterion): number {
  if (n === 0) return 0;
  let s = 0;
  if (criterion === 'gini') {
    for (const c of counts.values()) s += (c / n) ** 2;
    return 1 - s;
  }
  for (const c of counts.values()) if (c > 0) s -= (c / n) * Math.log2(c / n);
  return s;
}

function countOf(labels: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

/** Every valid candidate, in feature order then ascending threshold. */
export function candidates(X: number[][], y: number[], criterion: Criterion, minSamplesLeaf: number): Array<{ feature: number; threshold: number; gain: number }> {
  const n = X.length;
  const d = X[0]!.length;
  const parent = impurity(countOf(y), n, criterion);
  const out: Array<{ feature: number; threshold: number; gain: number }> = [];
  for (let f = 0; f < d; f++) {
    const vals = [...new Set(X.map((r) => r[f]!))].sort((a, b) => a - b);
    for (let k = 0; k + 1 < vals.length; k++) {
      const t = (vals[k]! + vals[k + 1]!) / 2;
      const left: number[] = [], right: number[] = [];
      for (let i = 0; i < n; i++) (X[i]![f]! <= t ? left : right).push(y[i]!);
      if (left.length < minSamplesLeaf || right.length < minSamplesLeaf) continue;
      const gain = parent - (left.length / n) * impurity(countOf(left), left.length, criterion) - (right.length / n) * impurity(countOf(right), right.length, criterion);
      out.push({ feature: f, threshold: t, gain });
    }
  }
  return out;
}

export function bestSplit(X: number[][], y: number[], criterion: Criterion, minSamplesLeaf: number): { feature: number; threshold: number; gain: number } {
  if (X.length === 0) throw new Error('X is empty');
  if (y.length !== X.length) throw new Error('y must have one label per row');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d)) throw new Error('rows of X must have equal length');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('minSamplesLeaf must be an integer >= 1');
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error(`unknown criterion ${String(criterion)}`);
  const cands = candidates(X, y, criterion, minSamplesLeaf);
  let best = -Infinity;
  for (const c of cands) if (c.gain > best) best = c.gain;
  if (cands.length === 0 || best <= TIE) return { feature: -1, threshold: Number.NaN, gain: 0 };
  return cands.find((c) => c.gain >= best - TIE)!; // candidates are already in (feature, threshold) order
}
