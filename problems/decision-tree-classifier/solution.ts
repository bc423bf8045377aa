type Node = { feature: number; threshold: number; left: Node | null; right: Node | null; proba: number[] };

function impurity(counts: number[], n: number, criterion: 'gini' | 'entropy'): number {
  if (n === 0) return 0;
  let s = 0;
  if (criterion === 'gini') {
    for (const c of counts) s += (c / n) * (c / n);
    return 1 - s;
  }
  for (const c of counts) if (c > 0) s -= (c / n) * Math.log2(c / n);
  return s;
}

export function decisionTreeClassifier(
  X: number[][], y: number[], K: number, maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number,
  criterion: 'gini' | 'entropy', Xtest: number[][],
): { labels: number[]; proba: number[][]; depth: number; leaves: number } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('y length must match X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (!Number.isInteger(K) || K < 1) throw new Error('bad K');
  for (const v of y) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('label out of range');
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('bad maxDepth');
  if (!Number.isInteger(minSamplesSplit) || minSamplesSplit < 2) throw new Error('bad minSamplesSplit');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('bad minSamplesLeaf');
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error('bad criterion');

  let depthReached = 0;
  let leaves = 0;
  const build = (rows: number[], depth: number): Node => {
    depthReached = Math.max(depthReached, depth);
    const counts = new Array<number>(K).fill(0);
    for (const i of rows) counts[y[i]!]!++;
    const m = rows.length;
    const node: Node = { feature: -1, threshold: NaN, left: null, right: null, proba: counts.map((c) => c / m) };
    const parent = impurity(counts, m, criterion);
    if ((maxDepth >= 0 && depth >= maxDepth) || m < minSamplesSplit || parent <= 0) { leaves++; return node; }
    const tol = 1e-12 * parent;
    let best = -Infinity, bf = -1, bt = NaN;
    for (let f = 0; f < d; f++) {
      const order = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
      const left = new Array<number>(K).fill(0);
      for (let k = 0; k < m - 1; k++) {
        left[y[order[k]!]!]!++;
        const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
        if (a === b) continue;
        const nl = k + 1, nr = m - nl;
        if (nl < minSamplesLeaf || nr < minSamplesLeaf) continue;
        const right = counts.map((c, j) => c - left[j]!);
        const gain = parent - (nl / m) * impurity(left, nl, criterion) - (nr / m) * impurity(right, nr, criterion);
        if (gain > best + tol) { best = gain; bf = f; bt = (a + b) / 2; }
      }
    }
    if (bf < 0 || best <= tol) { leaves++; return node; }
    node.feature = bf;
    node.threshold = bt;
    node.left = build(rows.filter((i) => X[i]![bf]! <= bt), depth + 1);
    node.right = build(rows.filter((i) => X[i]![bf]! > bt), depth + 1);
    return node;
  };
  const root = build(X.map((_, i) => i), 0);

  const proba = Xtest.map((x) => {
    let node = root;
    while (node.left && node.right) node = x[node.feature]! <= node.threshold ? node.left : node.right;
    return [...node.proba];
  });
  const labels = proba.map((p) => {
    let b = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[b]!) b = k;
    return b;
  });
  return { labels, proba, depth: depthReached, leaves };
}
