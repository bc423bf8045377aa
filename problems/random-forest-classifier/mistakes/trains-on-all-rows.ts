// expect: wrong_answer
// mistake: fits every tree on all training rows instead of its bootstrap sample
// caught-by: random 1
type TreeNode = { feature: number; threshold: number; left: TreeNode | null; right: TreeNode | null; proba: number[] };

function gini(counts: number[], n: number): number {
  let s = 0;
  for (const c of counts) s += (c / n) * (c / n);
  return 1 - s;
}

function growTree(X: number[][], y: number[], K: number, rows: number[], features: number[], maxDepth: number, minLeaf: number, depth: number): TreeNode {
  const m = rows.length;
  const counts = new Array<number>(K).fill(0);
  for (const i of rows) counts[y[i]!]!++;
  const node: TreeNode = { feature: -1, threshold: NaN, left: null, right: null, proba: counts.map((c) => c / m) };
  const parent = gini(counts, m);
  if ((maxDepth >= 0 && depth >= maxDepth) || m < 2 || parent <= 0) return node;
  const tol = 1e-12 * parent;
  let best = -Infinity, bf = -1, bt = NaN;
  for (const f of [...features].sort((a, b) => a - b)) {
    const order = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
    const left = new Array<number>(K).fill(0);
    for (let k = 0; k < m - 1; k++) {
      left[y[order[k]!]!]!++;
      const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
      if (a === b) continue; // duplicated bootstrap rows stay together
      const nl = k + 1, nr = m - nl;
      if (nl < minLeaf || nr < minLeaf) continue;
      const right = counts.map((c, j) => c - left[j]!);
      const gain = parent - (nl / m) * gini(left, nl) - (nr / m) * gini(right, nr);
      if (gain > best + tol) { best = gain; bf = f; bt = (a + b) / 2; }
    }
  }
  if (bf < 0 || best <= tol) return node;
  node.feature = bf;
  node.threshold = bt;
  node.left = growTree(X, y, K, rows.filter((i) => X[i]![bf]! <= bt), features, maxDepth, minLeaf, depth + 1);
  node.right = growTree(X, y, K, rows.filter((i) => X[i]![bf]! > bt), features, maxDepth, minLeaf, depth + 1);
  return node;
}

export function randomForestClassifier(
  X: number[][], y: number[], K: number, bootstrap: number[][], featureSubsets: number[][] | null,
  maxDepth: number, minSamplesLeaf: number, Xtest: number[][],
): { labels: number[]; proba: number[][] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (y.length !== n) throw new Error('y length');
  if (!Number.isInteger(K) || K < 1) throw new Error('bad K');
  for (const v of y) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('bad label');
  const M = bootstrap.length;
  if (M === 0) throw new Error('no trees');
  for (const rows of bootstrap) {
    if (rows.length === 0) throw new Error('empty bootstrap');
    for (const i of rows) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('bad bootstrap index');
  }
  if (featureSubsets !== null) {
    if (featureSubsets.length !== M) throw new Error('one subset per tree');
    for (const s of featureSubsets) {
      if (s.length === 0 || new Set(s).size !== s.length) throw new Error('bad subset');
      for (const f of s) if (!Number.isInteger(f) || f < 0 || f >= d) throw new Error('bad subset feature');
    }
  }
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('bad maxDepth');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('bad minSamplesLeaf');

  const all = Array.from({ length: d }, (_, f) => f);
  const trees = bootstrap.map((_rows, m) => growTree(X, y, K, X.map((_, i) => i), featureSubsets ? featureSubsets[m]! : all, maxDepth, minSamplesLeaf, 0));
  const proba = Xtest.map((x) => {
    const p = new Array<number>(K).fill(0);
    for (const root of trees) {
      let node = root;
      while (node.left && node.right) node = x[node.feature]! <= node.threshold ? node.left : node.right;
      for (let k = 0; k < K; k++) p[k] = p[k]! + node.proba[k]!;
    }
    return p.map((v) => v / M);
  });
  const labels = proba.map((p) => {
    let b = 0;
    for (let k = 1; k < K; k++) if (p[k]! > p[b]!) b = k;
    return b;
  });
  return { labels, proba };
}
