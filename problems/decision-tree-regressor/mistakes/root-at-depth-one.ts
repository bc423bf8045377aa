// expect: wrong_answer
// mistake: counts the root as depth 1, so maxDepth allows one level fewer than asked
// caught-by: depth limit of 2
type Node = { feature: number; threshold: number; left: Node | null; right: Node | null; value: number };

export function decisionTreeRegressor(
  X: number[][], y: number[], maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number, Xtest: number[][],
): { predictions: number[]; depth: number; leaves: number } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('y length must match X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('bad maxDepth');
  if (!Number.isInteger(minSamplesSplit) || minSamplesSplit < 2) throw new Error('bad minSamplesSplit');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('bad minSamplesLeaf');

  let depthReached = 0;
  let leaves = 0;
  const build = (rows: number[], depth: number): Node => {
    depthReached = Math.max(depthReached, depth);
    const m = rows.length;
    const mean = rows.reduce((s, i) => s + y[i]!, 0) / m;
    const node: Node = { feature: -1, threshold: NaN, left: null, right: null, value: mean };
    // centre on the node mean before summing squares, so a large common offset does not cancel
    const c = new Map<number, number>();
    let total = 0, totalSq = 0;
    for (const i of rows) { const v = y[i]! - mean; c.set(i, v); total += v; totalSq += v * v; }
    const parent = totalSq / m - (total / m) ** 2;
    if ((maxDepth >= 0 && depth >= maxDepth) || m < minSamplesSplit || parent <= 0) { leaves++; return node; }
    const tol = 1e-12 * parent;
    let best = -Infinity, bf = -1, bt = NaN;
    for (let f = 0; f < d; f++) {
      const order = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
      let sl = 0, ql = 0;
      for (let k = 0; k < m - 1; k++) {
        const v = c.get(order[k]!)!;
        sl += v; ql += v * v;
        const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
        if (a === b) continue;
        const nl = k + 1, nr = m - nl;
        if (nl < minSamplesLeaf || nr < minSamplesLeaf) continue;
        const sseL = ql - (sl * sl) / nl;
        const sr = total - sl, qr = totalSq - ql;
        const sseR = qr - (sr * sr) / nr;
        const gain = parent - (sseL + sseR) / m;
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
  const root = build(X.map((_, i) => i), 1);
  const predictions = Xtest.map((x) => {
    let node = root;
    while (node.left && node.right) node = x[node.feature]! <= node.threshold ? node.left : node.right;
    return node.value;
  });
  return { predictions, depth: depthReached - 1, leaves };
}
