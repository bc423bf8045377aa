// expect: wrong_answer
// mistake: cuts the data into blocks of ceil(n / k), so the last fold is short (sizes 3, 3, 3, 1 for n = 10, k = 4) instead of spreading the remainder over the first folds
// caught-by: ten samples, four folds
export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  if (stratified) {
    const seen = new Map<number, number>();
    return y.map((v) => { const c = seen.get(v) ?? 0; seen.set(v, c + 1); return c % k; });
  }
  const size = Math.ceil(n / k);
  return y.map((_, i) => Math.min(Math.floor(i / size), k - 1));
}
