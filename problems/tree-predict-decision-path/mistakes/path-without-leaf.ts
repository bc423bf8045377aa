// expect: wrong_answer
// mistake: records a node on the path before moving, so the path stops at the leaf's parent
// caught-by: depth-4 tree
export function treeApply(
  childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[][], X: number[][],
): { leaves: number[]; values: number[][]; paths: number[][] } {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('empty tree');
  if ([childrenRight, feature, threshold, value].some((a) => a.length !== m)) throw new Error('length mismatch');
  for (const row of X) if (row.length !== X[0]!.length) throw new Error('ragged X');
  const seen = new Array<boolean>(m).fill(false);
  seen[0] = true; // the root is nobody's child
  for (let t = 0; t < m; t++) {
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if (l === -1 && r === -1) continue;
    if (l === -1 || r === -1) throw new Error('a node with one child');
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 0 || c >= m) throw new Error('child out of range');
      if (seen[c]) throw new Error('a node reached twice (cycle or shared child)');
      seen[c] = true;
    }
    const f = feature[t]!;
    if (!Number.isInteger(f) || f < 0 || (X.length > 0 && f >= X[0]!.length)) throw new Error('feature out of range');
  }
  const leaves: number[] = [];
  const values: number[][] = [];
  const paths: number[][] = [];
  for (const x of X) {
    let t = 0;
    const path: number[] = [];
    while (childrenLeft[t] !== -1) {
      path.push(t);
      t = x[feature[t]!]! <= threshold[t]! ? childrenLeft[t]! : childrenRight[t]!;
    }
    leaves.push(t);
    values.push(value[t]!.slice());
    paths.push(path);
  }
  return { leaves, values, paths };
}
