/**
 * Float64 CART (classification and regression trees) shared by the tree and ensemble references.
 *
 * The rules every package that uses it states in its statement:
 * - candidate thresholds are the midpoints (a+b)/2 between consecutive distinct values of a feature among the
 *   node's rows; a row goes left iff x[f] <= t;
 * - impurity: Gini, entropy in bits, or the population variance of y ("mse");
 * - gain = I(node) − (nL/n)·I(L) − (nR/n)·I(R), rows counted with multiplicity (bootstrap duplicates count);
 * - a node splits only if its best valid gain exceeds TIE·I(node); gains within TIE·I(node) of the best are ties,
 *   resolved by the lowest feature index, then the lowest threshold;
 * - a node is a leaf at depth maxDepth (root depth 0; −1 = unlimited), with fewer than minSamplesSplit rows, or
 *   when it is pure; a candidate is valid only if both children keep at least minSamplesLeaf rows.
 * Nodes are numbered in pre-order, left child first (sklearn's depth-first builder).
 */

export type Criterion = 'gini' | 'entropy' | 'mse';

/** Relative tolerance for "positive gain" and for ties between gains. */
export const TIE = 1e-12;

export interface TreeOptions {
  criterion: Criterion;
  /** −1: unlimited */
  maxDepth: number;
  minSamplesSplit: number;
  minSamplesLeaf: number;
  /** number of classes (classification only): labels are 0..K−1 */
  K?: number;
  /** features a split may use (default: all), in any order */
  features?: readonly number[];
}

/** sklearn's `tree_` layout: −1 children for a leaf, feature −1 and threshold NaN at a leaf. */
export interface FlatTree {
  left: number[];
  right: number[];
  feature: number[];
  threshold: number[];
  /** classification: class proportions (length K); regression: [mean] */
  value: number[][];
  impurity: number[];
  nSamples: number[];
  depth: number[];
}

/** Per split node: how close the best candidate came to another choice (for test generators). */
export interface SplitMargin {
  node: number;
  /** best gain / I(node) */
  relGain: number;
  /** (best − next best non-tied gain) / I(node); Infinity when there is no other candidate */
  relGap: number;
}

export interface FitResult {
  tree: FlatTree;
  /** one entry per node that was a split candidate (had a valid candidate), split or not */
  margins: SplitMargin[];
}

export function giniOf(counts: readonly number[], n: number): number {
  if (n === 0) return 0;
  let s = 0;
  for (const c of counts) s += (c / n) ** 2;
  return 1 - s;
}

export function entropyOf(counts: readonly number[], n: number): number {
  if (n === 0) return 0;
  let s = 0;
  for (const c of counts) if (c > 0) s -= (c / n) * Math.log2(c / n);
  return s;
}

/** Two-pass population variance (stable for large offsets). */
export function varianceOf(v: readonly number[]): number {
  if (v.length === 0) return 0;
  let m = 0;
  for (const x of v) m += x;
  m /= v.length;
  let s = 0;
  for (const x of v) s += (x - m) ** 2;
  return s / v.length;
}

interface Candidate {
  feature: number;
  threshold: number;
  gain: number;
  leftRows: number[];
  rightRows: number[];
}

function nodeImpurity(rows: readonly number[], y: readonly number[], opts: TreeOptions): number {
  if (opts.criterion === 'mse') return varianceOf(rows.map((i) => y[i]!));
  const counts = new Array<number>(opts.K!).fill(0);
  for (const i of rows) counts[y[i]!]!++;
  return opts.criterion === 'gini' ? giniOf(counts, rows.length) : entropyOf(counts, rows.length);
}

function nodeValue(rows: readonly number[], y: readonly number[], opts: TreeOptions): number[] {
  if (opts.criterion === 'mse') return [rows.reduce((s, i) => s + y[i]!, 0) / rows.length];
  const counts = new Array<number>(opts.K!).fill(0);
  for (const i of rows) counts[y[i]!]!++;
  return counts.map((c) => c / rows.length);
}

/** Every valid candidate of a node, in feature order then ascending threshold. Direct (not incremental) impurities. */
function candidatesOf(X: readonly number[][], y: readonly number[], rows: readonly number[], opts: TreeOptions, parent: number): Candidate[] {
  const n = rows.length;
  const d = X[0]!.length;
  const features = [...(opts.features ?? Array.from({ length: d }, (_, f) => f))].sort((a, b) => a - b);
  const out: Candidate[] = [];
  for (const f of features) {
    const vals = [...new Set(rows.map((i) => X[i]![f]!))].sort((a, b) => a - b);
    for (let k = 0; k + 1 < vals.length; k++) {
      const t = (vals[k]! + vals[k + 1]!) / 2;
      const leftRows: number[] = [];
      const rightRows: number[] = [];
      for (const i of rows) (X[i]![f]! <= t ? leftRows : rightRows).push(i);
      if (leftRows.length < opts.minSamplesLeaf || rightRows.length < opts.minSamplesLeaf) continue;
      const gain = parent
        - (leftRows.length / n) * nodeImpurity(leftRows, y, opts)
        - (rightRows.length / n) * nodeImpurity(rightRows, y, opts);
      out.push({ feature: f, threshold: t, gain, leftRows, rightRows });
    }
  }
  return out;
}

/**
 * Grows a tree on `rows` (indices into X and y; duplicates count as repeated rows). Classification needs
 * opts.K and integer labels 0..K−1; regression uses criterion 'mse'.
 */
export function fitTree(X: readonly number[][], y: readonly number[], rows: readonly number[], opts: TreeOptions): FitResult {
  const tree: FlatTree = { left: [], right: [], feature: [], threshold: [], value: [], impurity: [], nSamples: [], depth: [] };
  const margins: SplitMargin[] = [];
  const grow = (nodeRows: readonly number[], depth: number): number => {
    const id = tree.left.length;
    const imp = nodeImpurity(nodeRows, y, opts);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.feature.push(-1);
    tree.threshold.push(Number.NaN);
    tree.value.push(nodeValue(nodeRows, y, opts));
    tree.impurity.push(imp);
    tree.nSamples.push(nodeRows.length);
    tree.depth.push(depth);
    const depthOk = opts.maxDepth < 0 || depth < opts.maxDepth;
    if (!depthOk || nodeRows.length < opts.minSamplesSplit || imp <= 0) return id;
    const cands = candidatesOf(X, y, nodeRows, opts, imp);
    if (cands.length === 0) return id;
    let best = -Infinity;
    for (const c of cands) if (c.gain > best) best = c.gain;
    const tol = TIE * imp;
    let next = -Infinity;
    for (const c of cands) if (c.gain < best - tol && c.gain > next) next = c.gain;
    margins.push({ node: id, relGain: best / imp, relGap: next === -Infinity ? Infinity : (best - next) / imp });
    if (best <= tol) return id;
    const chosen = cands.find((c) => c.gain >= best - tol)!;
    tree.feature[id] = chosen.feature;
    tree.threshold[id] = chosen.threshold;
    tree.left[id] = grow(chosen.leftRows, depth + 1);
    tree.right[id] = grow(chosen.rightRows, depth + 1);
    return id;
  };
  grow(rows, 0);
  return { tree, margins };
}

/** The leaf a row reaches. */
export function leafOf(tree: FlatTree, x: readonly number[]): number {
  let node = 0;
  while (tree.left[node]! >= 0) node = x[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  return node;
}

export function treeDepth(tree: FlatTree): number {
  return Math.max(...tree.depth);
}

export function leafCount(tree: FlatTree): number {
  return tree.left.filter((c) => c < 0).length;
}

/** Index of the largest value; ties go to the lower index. */
export function argmaxLowest(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * The smallest margin over a fit's split decisions, relative to each node's impurity: how far the best gain
 * is from "no split" and from the next non-tied candidate. Test generators redraw when it is below ~1e-9.
 */
export function smallestMargin(margins: readonly SplitMargin[]): number {
  let m = Infinity;
  for (const s of margins) {
    if (s.relGain <= 1e-13) continue; // an exactly zero best gain (XOR-like) is a clear "no split"
    m = Math.min(m, s.relGain, s.relGap);
  }
  return m;
}
