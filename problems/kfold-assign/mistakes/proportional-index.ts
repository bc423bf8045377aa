// expect: wrong_answer
// mistake: assigns fold floor(i · k / n), which balances the sizes but puts the larger folds in the wrong places
// caught-by: ten samples, four folds
export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  if (stratified) {
    const seen = new Map<number, number>();
    return y.map((v) => { const c = seen.get(v) ?? 0; seen.set(v, c + 1); return c % k; });
  }
  return y.map((_, i) => Math.floor((i * k) / n));
}
