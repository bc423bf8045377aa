// expect: wrong_answer
// mistake: deals each class's samples round-robin (fold 0, 1, 2, 0, …) instead of filling each fold's allocation with a contiguous run of the class's samples
// caught-by: three classes, three folds
export function stratifiedKFold(y: number[], k: number): number[][] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  const classes = [...new Set(y)];
  if (classes.every((c) => y.filter((v) => v === c).length < k)) throw new Error('classes too small');
  const seen = new Map<number, number>();
  const fold = y.map((v) => { const c = seen.get(v) ?? 0; seen.set(v, c + 1); return c % k; });
  return Array.from({ length: k }, (_, f) => fold.flatMap((g, i) => (g === f ? [i] : [])));
}
