/**
 * Plain float64 interventional Shapley values of a regression tree (flat arrays): v(S) is the mean
 * prediction over the background rows with the features in S taken from x; φ by subset enumeration.
 */
interface Tree { left: number[]; right: number[]; feature: number[]; threshold: number[]; value: number[] }

function validateTree(t: Tree, M: number): void {
  const N = t.left.length;
  if (N === 0 || [t.right, t.feature, t.threshold, t.value].some((a) => a.length !== N)) throw new Error('the tree arrays must be non-empty and of one length');
  if (!t.value.every(Number.isFinite)) throw new Error('leaf values must be finite');
  const seen = new Array<boolean>(N).fill(false);
  const stack = [0];
  seen[0] = true;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const l = t.left[node]!, r = t.right[node]!;
    if (l === -1 && r === -1) continue;
    if (!Number.isInteger(t.feature[node]) || t.feature[node]! < 0 || t.feature[node]! >= M || !Number.isFinite(t.threshold[node])) throw new Error(`node ${node} splits on a bad feature or threshold`);
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c <= 0 || c >= N || seen[c]) throw new Error(`node ${node} has a bad child ${c}`);
      seen[c] = true;
      stack.push(c);
    }
  }
}

function predict(t: Tree, x: number[]): number {
  let node = 0;
  while (t.left[node] !== -1) node = x[t.feature[node]!]! <= t.threshold[node]! ? t.left[node]! : t.right[node]!;
  return t.value[node]!;
}

export function exactShapley(
  x: number[], background: number[][], childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[],
): [number[], number] {
  const M = x.length;
  if (M === 0 || M > 12) throw new Error('x must have between 1 and 12 features');
  if (background.length === 0 || background.some((r) => r.length !== M)) throw new Error(`background must hold at least one row of ${M} features`);
  if (![...x, ...background.flat()].every(Number.isFinite)) throw new Error('x and background must be finite');
  const tree = { left: childrenLeft, right: childrenRight, feature, threshold, value };
  validateTree(tree, M);

  const v = Array.from({ length: 1 << M }, (_, mask) =>
    background.reduce((s, row) => s + predict(tree, row.map((bk, k) => ((mask >> k) & 1 ? x[k]! : bk))), 0) / background.length);
  const fact = [1];
  for (let k = 1; k <= M; k++) fact.push(fact[k - 1]! * k);
  const phi = Array.from({ length: M }, (_, j) => {
    let s = 0;
    for (let mask = 0; mask < 1 << M; mask++) {
      if ((mask >> j) & 1) continue;
      let size = 0;
      for (let k = 0; k < M; k++) size += (mask >> k) & 1;
      s += (fact[size]! * fact[M - size - 1]! / fact[M]!) * (v[mask | (1 << j)]! - v[mask]!);
    }
    return s;
  });
  return [phi, v[0]!];
}
