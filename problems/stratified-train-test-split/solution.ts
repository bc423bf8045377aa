export function stratifiedSplit(y: number[], order: number[], testFrac: number): [number[], number[]] {
  const n = y.length;
  if (!n || y.some((v) => !Number.isInteger(v))) throw new Error('bad labels');
  const seen = new Array<boolean>(n).fill(false);
  if (order.length !== n) throw new Error('bad order');
  for (const i of order) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) throw new Error('order is not a permutation');
    seen[i] = true;
  }
  if (!(testFrac >= 0 && testFrac < 1)) throw new Error('bad testFrac');
  const nTest = Math.ceil(testFrac * n);
  const count = new Map<number, number>();
  for (const v of y) count.set(v, (count.get(v) ?? 0) + 1);
  const info = [...count.entries()].map(([label, nc]) => {
    const q = Math.floor((nTest * nc) / n);
    return { label, nc, q, rem: nTest * nc - q * n };
  });
  let left = nTest - info.reduce((s, c) => s + c.q, 0);
  info.sort((a, b) => b.rem - a.rem || b.nc - a.nc || a.label - b.label);
  for (const c of info) if (left > 0) { c.q++; left--; }
  const quota = new Map(info.map((c) => [c.label, c.q]));
  const isTest = new Array<boolean>(n).fill(false);
  for (const i of order) {
    const q = quota.get(y[i])!;
    if (q > 0) { isTest[i] = true; quota.set(y[i], q - 1); }
  }
  const train: number[] = [], test: number[] = [];
  for (let i = 0; i < n; i++) (isTest[i] ? test : train).push(i);
  return [train, test];
}
