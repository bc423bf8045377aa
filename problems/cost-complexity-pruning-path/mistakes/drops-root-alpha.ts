// expect: wrong_answer
// mistake: stops before collapsing the root, like plotting code that drops the last alpha (the root-only tree) from the path
// caught-by: a deep chain
export function ccpPath(
  childrenLeft: number[], childrenRight: number[], impurity: number[], nSamples: number[],
): { ccpAlphas: number[]; impurities: number[] } {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('empty tree');
  if ([childrenRight, impurity, nSamples].some((a) => a.length !== m)) throw new Error('length mismatch');
  const hasParent = new Array<boolean>(m).fill(false);
  hasParent[0] = true;
  for (let t = 0; t < m; t++) {
    if (!(impurity[t]! >= 0) || !Number.isFinite(impurity[t]!)) throw new Error('bad impurity');
    if (!(nSamples[t]! > 0) || !Number.isFinite(nSamples[t]!)) throw new Error('bad sample count');
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if (l === -1 && r === -1) continue;
    if (l === -1 || r === -1) throw new Error('node with one child');
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 0 || c >= m || hasParent[c]) throw new Error('bad child');
      hasParent[c] = true;
    }
  }
  const total = nSamples[0]!;
  const rNode = impurity.map((v, t) => (nSamples[t]! / total) * v);
  const leaf = childrenLeft.map((c) => c === -1);
  // R(T_t) and number of leaves of the current subtree under t
  const subtree = (t: number): { r: number; leaves: number } => {
    if (leaf[t]) return { r: rNode[t]!, leaves: 1 };
    const a = subtree(childrenLeft[t]!), b = subtree(childrenRight[t]!);
    return { r: a.r + b.r, leaves: a.leaves + b.leaves };
  };
  const internal = (t: number, out: number[]): number[] => {
    if (!leaf[t]) { out.push(t); internal(childrenLeft[t]!, out); internal(childrenRight[t]!, out); }
    return out;
  };
  const ccpAlphas = [0];
  const impurities = [subtree(0).r];
  const tol = 1e-12 * rNode[0]!;
  while (!leaf[0] && internal(0, []).length > 1) {
    let bestNode = -1, bestAlpha = Infinity;
    for (const t of internal(0, []).sort((a, b) => a - b)) {
      const s = subtree(t);
      const alpha = (rNode[t]! - s.r) / (s.leaves - 1);
      if (alpha < bestAlpha - tol) { bestAlpha = alpha; bestNode = t; }
    }
    leaf[bestNode] = true; // collapse the weakest link into a leaf
    ccpAlphas.push(bestAlpha);
    impurities.push(subtree(0).r);
  }
  return { ccpAlphas, impurities };
}
