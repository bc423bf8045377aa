// expect: wrong_answer
// mistake: measures the increase in mean squared error instead of the drop in R²
// caught-by: random 2
export function permutationImportance(X: number[][], y: number[], w: number[], b: number, perms: number[][][]): [number[], number[]] {
  const n = X.length, p = w.length;
  if (n < 2 || p === 0 || X.some((r) => r.length !== p) || y.length !== n) throw new Error('shape');
  if (y.every((v) => v === y[0])) throw new Error('constant y');
  if (perms.length !== p || perms.some((list) => list.length === 0 || list.length !== perms[0].length)) throw new Error('perms');
  for (const list of perms) for (const perm of list) if (perm.length !== n || [...perm].sort((a, c) => a - c).some((v, i) => v !== i)) throw new Error('not a permutation');

  const ybar = y.reduce((s, v) => s + v, 0) / n;
  const sst = y.reduce((s, v) => s + (v - ybar) ** 2, 0);
  const score = (rows: number[][]) => -rows.reduce((s, row, i) => s + (y[i] - row.reduce((t, x, k) => t + x * w[k], b)) ** 2, 0) / n;
  const base = score(X);

  const means: number[] = [], stds: number[] = [];
  for (let j = 0; j < p; j++) {
    // shuffle only column j; every other column and the targets stay in place
    const drops = perms[j].map((perm) => base - score(X.map((row, i) => row.map((x, k) => (k === j ? X[perm[i]][j] : x)))));
    const mean = drops.reduce((s, v) => s + v, 0) / drops.length;
    means.push(mean);
    stds.push(Math.sqrt(drops.reduce((s, v) => s + (v - mean) ** 2, 0) / drops.length)); // population std, like numpy
  }
  return [means, stds];
}
