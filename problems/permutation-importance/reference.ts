/** Plain float64: R² of a fixed linear model before and after permuting one column, mean and population std over repeats. */
function r2(X: number[][], y: number[], w: number[], b: number): number {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  let res = 0;
  let tot = 0;
  X.forEach((row, i) => {
    const pred = row.reduce((s, x, j) => s + x * w[j]!, b);
    res += (y[i]! - pred) ** 2;
    tot += (y[i]! - mean) ** 2;
  });
  return 1 - res / tot;
}

function isPermutation(p: number[], n: number): boolean {
  return p.length === n && new Set(p).size === n && p.every((i) => Number.isInteger(i) && i >= 0 && i < n);
}

export function permutationImportance(X: number[][], y: number[], w: number[], b: number, perms: number[][][]): [number[], number[]] {
  const n = X.length;
  const p = w.length;
  if (n < 2 || p === 0 || X.some((r) => r.length !== p)) throw new Error(`X must have at least two rows of ${p} features (one per weight)`);
  if (y.length !== n) throw new Error('y must have one target per row');
  if (![...X.flat(), ...y, ...w, b].every(Number.isFinite)) throw new Error('inputs must be finite');
  if (y.every((v) => v === y[0])) throw new Error('y is constant: R² is undefined');
  if (perms.length !== p) throw new Error('perms must hold one list of permutations per feature');
  const R = perms[0]?.length ?? 0;
  if (R === 0 || perms.some((list) => list.length !== R || list.some((perm) => !isPermutation(perm, n)))) throw new Error(`every feature needs the same number (≥ 1) of permutations of 0..${n - 1}`);

  const base = r2(X, y, w, b);
  const means: number[] = [];
  const stds: number[] = [];
  for (let j = 0; j < p; j++) {
    const drops = perms[j]!.map((perm) => base - r2(X.map((row, i) => row.map((x, k) => (k === j ? X[perm[i]!]![j]! : x))), y, w, b));
    const mean = drops.reduce((s, v) => s + v, 0) / R;
    means.push(mean);
    stds.push(Math.sqrt(drops.reduce((s, v) => s + (v - mean) ** 2, 0) / R));
  }
  return [means, stds];
}
