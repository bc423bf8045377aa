export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('need 2 <= k <= n');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('bad label');
  const out: number[] = [];
  if (stratified) {
    const counter: Record<string, number> = {};
    for (const v of y) {
      const key = String(v);
      const c = counter[key] ?? 0;
      out.push(c % k);
      counter[key] = c + 1;
    }
    return out;
  }
  const small = Math.floor(n / k), big = small + 1, nBig = n % k;
  for (let f = 0; f < k; f++) {
    const size = f < nBig ? big : small;
    for (let j = 0; j < size; j++) out.push(f);
  }
  return out;
}
