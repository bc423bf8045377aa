export function targetEncode(trainCats: number[], y: number[], testCats: number[], folds: number[]): { train: number[]; test: number[] } {
  const n = trainCats.length;
  if (n === 0) throw new Error('empty');
  if (y.length !== n || folds.length !== n) throw new Error('length mismatch');
  for (const v of [...trainCats, ...testCats, ...folds]) if (!Number.isInteger(v)) throw new Error('non-integer id');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('bad target');
  const foldIds = Array.from(new Set(folds));
  if (foldIds.length < 2) throw new Error('need at least two folds');

  const stats = (rows: number[]) => {
    const sum = new Map<number, number>(), cnt = new Map<number, number>();
    let total = 0;
    for (const i of rows) {
      sum.set(trainCats[i]!, (sum.get(trainCats[i]!) ?? 0) + y[i]!);
      cnt.set(trainCats[i]!, (cnt.get(trainCats[i]!) ?? 0) + 1);
      total += y[i]!;
    }
    return { sum, cnt, global: total / rows.length };
  };
  const train = new Array<number>(n);
  for (const f of foldIds) {
    // statistics from the other folds only, so a row never sees its own target
    const other: number[] = [];
    for (let i = 0; i < n; i++) if (folds[i] !== f) other.push(i);
    const s = stats(other);
    for (let i = 0; i < n; i++) {
      if (folds[i] !== f) continue;
      const c = s.cnt.get(trainCats[i]!);
      train[i] = c ? s.sum.get(trainCats[i]!)! / c : s.global;
    }
  }
  const all = stats(Array.from({ length: n }, (_, i) => i));
  const test = testCats.map((c) => {
    const k = all.cnt.get(c);
    return k ? all.sum.get(c)! / k : all.global;
  });
  return { train, test };
}
