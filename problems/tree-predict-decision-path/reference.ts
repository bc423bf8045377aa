// Reference: plain TS; routing is a discrete walk, validation makes malformed trees throw instead of looping.
type Result = { leaves: number[]; values: number[][]; paths: number[][] };

export function treeApply(childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[][], X: number[][]): Result {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('the tree has no nodes');
  if (childrenRight.length !== m || feature.length !== m || threshold.length !== m || value.length !== m) throw new Error('the node arrays must have the same length');
  const d = X.length > 0 ? X[0]!.length : Infinity;
  if (X.some((r) => r.length !== X[0]!.length)) throw new Error('rows of X must have equal length');
  const parents = new Array<number>(m).fill(0);
  for (let t = 0; t < m; t++) {
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if ((l === -1) !== (r === -1)) throw new Error(`node ${t} has exactly one child`);
    if (l === -1) continue;
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 1 || c >= m) throw new Error(`node ${t} has a child index out of range`);
      parents[c]!++;
    }
    const f = feature[t]!;
    if (!Number.isInteger(f) || f < 0 || f >= d) throw new Error(`node ${t} splits on a feature out of range`);
  }
  if (parents.some((p) => p > 1)) throw new Error('a node has more than one parent');
  const leaves: number[] = [], values: number[][] = [], paths: number[][] = [];
  for (const x of X) {
    let t = 0;
    const path = [0];
    while (childrenLeft[t]! !== -1) {
      t = x[feature[t]!]! <= threshold[t]! ? childrenLeft[t]! : childrenRight[t]!; // NaN <= t is false: right
      path.push(t);
    }
    leaves.push(t);
    values.push([...value[t]!]);
    paths.push(path);
  }
  return { leaves, values, paths };
}
