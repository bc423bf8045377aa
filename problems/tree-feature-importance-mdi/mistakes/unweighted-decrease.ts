// expect: wrong_answer
// mistake: adds the plain impurity drop I(t) − I(L) − I(R) without weighting by the nodes' sample counts
// caught-by: depth-3 gini tree
export function mdiImportance(
  childrenLeft: number[], childrenRight: number[], feature: number[], impurity: number[], nSamples: number[], nFeatures: number,
): number[] {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('empty tree');
  if ([childrenRight, feature, impurity, nSamples].some((a) => a.length !== m)) throw new Error('length mismatch');
  if (!Number.isInteger(nFeatures) || nFeatures < 1) throw new Error('bad nFeatures');
  for (let t = 0; t < m; t++) {
    if (!(impurity[t]! >= 0) || !Number.isFinite(impurity[t]!)) throw new Error('bad impurity');
    if (!(nSamples[t]! > 0) || !Number.isFinite(nSamples[t]!)) throw new Error('bad sample count');
  }
  const hasParent = new Array<boolean>(m).fill(false);
  hasParent[0] = true;
  const imp = new Array<number>(nFeatures).fill(0);
  for (let t = 0; t < m; t++) {
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if (l === -1 && r === -1) continue;
    if (l === -1 || r === -1) throw new Error('node with one child');
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 0 || c >= m || hasParent[c]) throw new Error('bad child');
      hasParent[c] = true;
    }
    const f = feature[t]!;
    if (!Number.isInteger(f) || f < 0 || f >= nFeatures) throw new Error('bad feature');
    // weighted impurity decrease of this split
    imp[f] = imp[f]! + impurity[t]! - impurity[l]! - impurity[r]!;
  }
  let total = 0;
  for (const v of imp) total += v;
  if (!(total > 0)) return imp.map(() => 0);
  return imp.map((v) => v / total);
}
