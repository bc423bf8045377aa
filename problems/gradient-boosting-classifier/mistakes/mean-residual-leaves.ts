// expect: wrong_answer
// mistake: keeps the regression tree's mean residual as the leaf value instead of the Newton step Σr / Σp(1−p)
// caught-by: stumps, several stages
type Node = { feature: number; threshold: number; left: Node | null; right: Node | null; id: number };

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Least-squares regression tree structure on r; leaves get ids 0, 1, … (values are set afterwards). */
function fitTree(X: number[][], r: number[], rows: number[], maxDepth: number, depth: number, counter: { next: number }): Node {
  const m = rows.length;
  const node: Node = { feature: -1, threshold: NaN, left: null, right: null, id: -1 };
  const mean = rows.reduce((s, i) => s + r[i]!, 0) / m;
  let sse = 0;
  for (const i of rows) sse += (r[i]! - mean) ** 2;
  const parent = sse / m;
  let bf = -1, bt = NaN;
  if (depth < maxDepth && m >= 2 && parent > 0) {
    const tol = 1e-12 * parent;
    let best = -Infinity;
    for (let f = 0; f < X[0]!.length; f++) {
      const order = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
      let sl = 0, ql = 0;
      const st = rows.reduce((s, i) => s + (r[i]! - mean), 0);
      for (let k = 0; k < m - 1; k++) {
        const c = r[order[k]!]! - mean;
        sl += c; ql += c * c;
        const a = X[order[k]!]![f]!, b = X[order[k + 1]!]![f]!;
        if (a === b) continue;
        const nl = k + 1, nr = m - nl;
        const sseL = ql - (sl * sl) / nl, sseR = sse - ql - ((st - sl) * (st - sl)) / nr;
        const gain = parent - (sseL + sseR) / m;
        if (gain > best + tol) { best = gain; bf = f; bt = (a + b) / 2; }
      }
    }
    if (best <= tol) bf = -1;
  }
  if (bf < 0) { node.id = counter.next++; return node; }
  node.feature = bf;
  node.threshold = bt;
  node.left = fitTree(X, r, rows.filter((i) => X[i]![bf]! <= bt), maxDepth, depth + 1, counter);
  node.right = fitTree(X, r, rows.filter((i) => X[i]![bf]! > bt), maxDepth, depth + 1, counter);
  return node;
}

function leaf(node: Node, x: number[]): number {
  while (node.left && node.right) node = x[node.feature]! <= node.threshold ? node.left : node.right;
  return node.id;
}

export function gradientBoostingClassifier(
  X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][],
): { proba: number[]; labels: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (y.length !== n) throw new Error('y length');
  for (const v of y) if (v !== 0 && v !== 1) throw new Error('labels must be 0/1');
  if (!Number.isInteger(nEstimators) || nEstimators < 0) throw new Error('bad nEstimators');
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new Error('bad learningRate');
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error('bad maxDepth');
  const pos = y.reduce((a, b) => a + b, 0);
  if (pos === 0 || pos === n) throw new Error('need both classes');

  const f0 = Math.log(pos / (n - pos)); // log-odds of the positive rate
  const F = new Array<number>(n).fill(f0);
  const Ft = Xtest.map(() => f0);
  const rows = X.map((_, i) => i);
  for (let m = 0; m < nEstimators; m++) {
    const p = F.map(sigmoid);
    const r = y.map((v, i) => v - p[i]!);
    const counter = { next: 0 };
    const tree = fitTree(X, r, rows, maxDepth, 0, counter);
    const num = new Array<number>(counter.next).fill(0);
    const den = new Array<number>(counter.next).fill(0);
    const ids = X.map((x) => leaf(tree, x));
    ids.forEach((id, i) => { num[id] = num[id]! + r[i]!; den[id] = den[id]! + p[i]! * (1 - p[i]!); });
    // one Newton step per leaf: sum of gradients over sum of hessians
    const counts = new Array<number>(counter.next).fill(0);
    ids.forEach((id) => { counts[id] = counts[id]! + 1; });
    const gamma = num.map((s, j) => s / counts[j]!);
    for (let i = 0; i < n; i++) F[i] = F[i]! + learningRate * gamma[ids[i]!]!;
    for (let i = 0; i < Xtest.length; i++) Ft[i] = Ft[i]! + learningRate * gamma[leaf(tree, Xtest[i]!)]!;
  }
  const proba = Ft.map(sigmoid);
  return { proba, labels: proba.map((p) => (p > 0.5 ? 1 : 0)) };
}
