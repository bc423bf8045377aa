// Reference: plain float64 weakest-link pruning, one node per step, recomputing every subtree after each prune.
type Path = { ccpAlphas: number[]; impurities: number[] };

/** The path plus, per step, the gap between the smallest and the next non-tied alpha (for test generators). */
export function pruningPath(childrenLeft: number[], childrenRight: number[], impurity: number[], nSamples: number[]): Path & { gaps: number[] } {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('the tree has no nodes');
  if (childrenRight.length !== m || impurity.length !== m || nSamples.length !== m) throw new Error('the node arrays must have the same length');
  if (impurity.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error('impurities must be finite and >= 0');
  if (nSamples.some((v) => !(v > 0) || !Number.isFinite(v))) throw new Error('node sample counts must be finite and > 0');
  const parents = new Array<number>(m).fill(0);
  for (let t = 0; t < m; t++) {
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if ((l === -1) !== (r === -1)) throw new Error(`node ${t} has exactly one child`);
    if (l === -1) continue;
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 1 || c >= m) throw new Error(`node ${t} has a child index out of range`);
      parents[c]!++;
    }
  }
  if (parents.some((p) => p > 1)) throw new Error('a node has more than one parent');
  const N = nSamples[0]!;
  const R = impurity.map((v, t) => (nSamples[t]! / N) * v);
  const isLeaf = childrenLeft.map((c) => c === -1);
  const reachable = new Array<boolean>(m).fill(false);
  const mark = (t: number): void => { reachable[t] = true; if (!isLeaf[t]) { mark(childrenLeft[t]!); mark(childrenRight[t]!); } };
  mark(0);
  // R(T_t) and leaf counts of the current (partly pruned) subtree rooted at t
  const branch = (t: number): [number, number] => {
    if (isLeaf[t]) return [R[t]!, 1];
    const [a, la] = branch(childrenLeft[t]!);
    const [b, lb] = branch(childrenRight[t]!);
    return [a + b, la + lb];
  };
  const scale = R[0]!;
  const ccpAlphas = [0];
  const impurities = [branch(0)[0]];
  const gaps: number[] = [];
  while (!isLeaf[0]) {
    const alphas: Array<[number, number]> = [];
    for (let t = 0; t < m; t++) {
      if (!reachable[t] || isLeaf[t]) continue;
      const [rb, leaves] = branch(t);
      alphas.push([t, (R[t]! - rb) / (leaves - 1)]);
    }
    const best = Math.min(...alphas.map((a) => a[1]));
    const tol = 1e-12 * scale;
    const chosen = alphas.find((a) => a[1] <= best + tol)!; // lowest node id among ties
    let next = Infinity;
    for (const a of alphas) if (a[1] > best + tol) next = Math.min(next, a[1]);
    gaps.push(scale > 0 ? (next - best) / scale : Infinity);
    const t = chosen[0];
    const unmark = (u: number): void => { if (u !== t) reachable[u] = false; if (!isLeaf[u]) { unmark(childrenLeft[u]!); unmark(childrenRight[u]!); } };
    unmark(t);
    isLeaf[t] = true;
    ccpAlphas.push(chosen[1]);
    impurities.push(branch(0)[0]);
  }
  return { ccpAlphas, impurities, gaps };
}

export function ccpPath(childrenLeft: number[], childrenRight: number[], impurity: number[], nSamples: number[]): Path {
  const { ccpAlphas, impurities } = pruningPath(childrenLeft, childrenRight, impurity, nSamples);
  return { ccpAlphas, impurities };
}
