/** Stratified split: n_test = ⌈f·n⌉ (float64, as scikit-learn), largest-remainder class quotas, first q_c of each class in `order`. */
export function stratifiedSplit(y: number[], order: number[], testFrac: number): [number[], number[]] {
  const n = y.length;
  if (n === 0 || !y.every(Number.isInteger)) throw new Error('y must be a non-empty list of integer labels');
  if (order.length !== n || !order.every((i) => Number.isInteger(i) && i >= 0 && i < n) || new Set(order).size !== n) throw new Error('order must be a permutation of 0 … n−1');
  if (!(testFrac >= 0 && testFrac < 1)) throw new Error('testFrac must lie in [0, 1)');
  const nTest = Math.ceil(testFrac * n);
  const counts = new Map<number, number>();
  for (const label of y) counts.set(label, (counts.get(label) ?? 0) + 1);
  const classes = [...counts.keys()];
  const quota = new Map(classes.map((c) => [c, Math.floor((nTest * counts.get(c)!) / n)]));
  const remainder = (c: number) => nTest * counts.get(c)! - n * quota.get(c)!; // exact integer
  const leftover = nTest - [...quota.values()].reduce((a, b) => a + b, 0);
  const ranked = [...classes].sort((a, b) => remainder(b) - remainder(a) || counts.get(b)! - counts.get(a)! || a - b);
  for (const c of ranked.slice(0, leftover)) quota.set(c, quota.get(c)! + 1);
  const test = new Set<number>();
  const taken = new Map<number, number>();
  for (const i of order) {
    const c = y[i]!;
    if ((taken.get(c) ?? 0) < quota.get(c)!) {
      test.add(i);
      taken.set(c, (taken.get(c) ?? 0) + 1);
    }
  }
  const all = Array.from({ length: n }, (_, i) => i);
  return [all.filter((i) => !test.has(i)), all.filter((i) => test.has(i))];
}
