// expect: wrong_answer
// mistake: rounds f·n to the nearest integer instead of taking the ceiling, so 7 % of 100 rows gives 7 test rows, not 8
// caught-by: 7 % of 100 rows
export function stratifiedSplit(y: number[], order: number[], testFrac: number): [number[], number[]] {
  const n = y.length;
  if (!n || order.length !== n || new Set(order).size !== n || order.some((i) => !(i >= 0 && i < n)) || !(testFrac >= 0 && testFrac < 1)) throw new Error('bad input');
  const nTest = Math.round(testFrac * n);
  const count = new Map<number, number>();
  for (const v of y) count.set(v, (count.get(v) ?? 0) + 1);
  const info = [...count.entries()].map(([label, nc]) => ({ label, nc, q: Math.floor((nTest * nc) / n), rem: 0 }));
  for (const c of info) c.rem = nTest * c.nc - c.q * n;
  let left = nTest - info.reduce((s, c) => s + c.q, 0);
  info.sort((a, b) => b.rem - a.rem || b.nc - a.nc || a.label - b.label);
  for (const c of info) if (left > 0) { c.q++; left--; }
  const quota = new Map(info.map((c) => [c.label, c.q]));
  const test = new Set<number>();
  for (const i of order) { const q = quota.get(y[i])!; if (q > 0) { test.add(i); quota.set(y[i], q - 1); } }
  const all = y.map((_, i) => i);
  return [all.filter((i) => !test.has(i)), all.filter((i) => test.has(i))];
}
