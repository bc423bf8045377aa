// expect: wrong_answer
// mistake: normalises without checking the total, so a tree whose splits remove no impurity returns NaN instead of zeros
// caught-by: a zero-decrease split only
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
    imp[f] = imp[f]! + nSamples[t]! * impurity[t]! - nSamples[l]! * impurity[l]! - nSamples[r]! * impurity[r]!;
  }
  let total = 0;
  for (const v of imp) total += v;
  
  return imp.map((v) => v / total);
}
