// Reference: plain float64 sum over split nodes (sklearn's compute_feature_importances without the constant
// division by the root's weight, which normalisation removes).
export function mdiImportance(childrenLeft: number[], childrenRight: number[], feature: number[], impurity: number[], nSamples: number[], nFeatures: number): number[] {
  const m = childrenLeft.length;
  if (m === 0) throw new Error('the tree has no nodes');
  if (childrenRight.length !== m || feature.length !== m || impurity.length !== m || nSamples.length !== m) throw new Error('the node arrays must have the same length');
  if (!Number.isInteger(nFeatures) || nFeatures < 1) throw new Error('nFeatures must be a positive integer');
  if (impurity.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error('impurities must be finite and >= 0');
  if (nSamples.some((v) => !(v > 0) || !Number.isFinite(v))) throw new Error('node sample counts must be finite and > 0');
  const parents = new Array<number>(m).fill(0);
  const raw = new Array<number>(nFeatures).fill(0);
  for (let t = 0; t < m; t++) {
    const l = childrenLeft[t]!, r = childrenRight[t]!;
    if ((l === -1) !== (r === -1)) throw new Error(`node ${t} has exactly one child`);
    if (l === -1) continue;
    for (const c of [l, r]) {
      if (!Number.isInteger(c) || c < 1 || c >= m) throw new Error(`node ${t} has a child index out of range`);
      parents[c]!++;
    }
    const f = feature[t]!;
    if (!Number.isInteger(f) || f < 0 || f >= nFeatures) throw new Error(`node ${t} splits on a feature out of range`);
    raw[f]! += nSamples[t]! * impurity[t]! - nSamples[l]! * impurity[l]! - nSamples[r]! * impurity[r]!;
  }
  if (parents.some((p) => p > 1)) throw new Error('a node has more than one parent');
  const total = raw.reduce((s, v) => s + v, 0);
  return total > 0 ? raw.map((v) => v / total) : raw.map(() => 0);
}
