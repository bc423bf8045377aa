// expect: wrong_answer
// mistake: rounds each class's share n_test·n_c/n on its own, so the quotas need not add up to n_test
// caught-by: random 1
export function stratifiedSplit(y: number[], order: number[], testFrac: number): [number[], number[]] {
  const n = y.length;
  if (!n || order.length !== n || new Set(order).size !== n || order.some((i) => !(i >= 0 && i < n)) || !(testFrac >= 0 && testFrac < 1)) throw new Error('bad input');
  const nTest = Math.ceil(testFrac * n);
  const count = new Map<number, number>();
  for (const v of y) count.set(v, (count.get(v) ?? 0) + 1);
  const quota = new Map([...count.entries()].map(([c, nc]) => [c, Math.round((nTest * nc) / n)]));
  const test = new Set<number>();
  for (const i of order) { const q = quota.get(y[i])!; if (q > 0) { test.add(i); quota.set(y[i], q - 1); } }
  const all = y.map((_, i) => i);
  return [all.filter((i) => !test.has(i)), all.filter((i) => test.has(i))];
}
