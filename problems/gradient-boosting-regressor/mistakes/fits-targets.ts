// expect: wrong_answer
// mistake: fits every tree to the centred targets y − F0 instead of the current residuals y − F, so later stages repeat the first
// caught-by: many small steps
type Node = { feature: number; threshold: number; left: Node | null; right: Node | null; value: number };

/** Least-squares regression tree: midpoint thresholds, x <= t goes left, split only on a positive variance reduction. */
function fitTree(X: number[][], r: number[], rows: number[], maxDepth: number, depth: number): Node {
  const m = rows.length;
  const mean = rows.reduce((s, i) => s + r[i]!, 0) / m;
  const node: Node = { feature: -1, threshold: NaN, left: null, right: null, value: mean };
  let sse = 0;
  for (const i of rows) sse += (r[i]! - mean) ** 2;
  const parent = sse / m;
  if (depth >= maxDepth || m < 2 || parent <= 0) return node;
  const tol = 1e-12 * parent;
  let best = -Infinity, bf = -1, bt = NaN;
  for (let f = 0; f < X[0]!.length; f++) {
    const order = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
    let sl = 0, ql = 0, st = 0, qt = 0;
    for (const i of order) { const c = r[i]! - mean; st += c; qt += c * c; }
    for (let k = 0; k < m - 1; k++) {
      const c = r[order[k]!]! - mean;
      sl += c; ql += c * c;
      const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
      if (a === b) continue;
      const nl = k + 1, nr = m - nl;
      const sseL = ql - (sl * sl) / nl, sseR = qt - ql - ((st - sl) * (st - sl)) / nr;
      const gain = parent - (sseL + sseR) / m;
      if (gain > best + tol) { best = gain; bf = f; bt = (a + b) / 2; }
    }
  }
  if (bf < 0 || best <= tol) return node;
  node.feature = bf;
  node.threshold = bt;
  node.left = fitTree(X, r, rows.filter((i) => X[i]![bf]! <= bt), maxDepth, depth + 1);
  node.right = fitTree(X, r, rows.filter((i) => X[i]![bf]! > bt), maxDepth, depth + 1);
  return node;
}

function predict(node: Node, x: number[]): number {
  while (node.left && node.right) node = x[node.feature]! <= node.threshold ? node.left : node.right;
  return node.value;
}

export function gradientBoostingRegressor(
  X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][],
): { trainMse: number[]; predictions: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (y.length !== n) throw new Error('y length');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!Number.isInteger(nEstimators) || nEstimators < 0) throw new Error('bad nEstimators');
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new Error('bad learningRate');
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error('bad maxDepth');

  const f0 = y.reduce((a, b) => a + b, 0) / n;
  const F = new Array<number>(n).fill(f0);
  const predictions = Xtest.map(() => f0);
  const rows = X.map((_, i) => i);
  const trainMse: number[] = [];
  for (let m = 0; m < nEstimators; m++) {
    const residual = y.map((v) => v - f0); // negative gradient of ½(y − F)²
    const tree = fitTree(X, residual, rows, maxDepth, 0);
    for (let i = 0; i < n; i++) F[i] = F[i]! + learningRate * predict(tree, X[i]!);
    for (let i = 0; i < Xtest.length; i++) predictions[i] = predictions[i]! + learningRate * predict(tree, Xtest[i]!);
    let mse = 0;
    for (let i = 0; i < n; i++) mse += (y[i]! - F[i]!) ** 2;
    trainMse.push(mse / n);
  }
  return { trainMse, predictions };
}
