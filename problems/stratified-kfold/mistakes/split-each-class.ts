// expect: wrong_answer
// mistake: splits each class on its own into k near-equal contiguous chunks (larger chunks first), ignoring how the sorted labels are dealt across folds
// caught-by: odd class counts, two folds
export function stratifiedKFold(y: number[], k: number): number[][] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  const classes = [...new Set(y)];
  if (classes.every((c) => y.filter((v) => v === c).length < k)) throw new Error('classes too small');
  const fold = new Array<number>(n);
  for (const c of classes) {
    const members = y.map((v, i) => (v === c ? i : -1)).filter((i) => i >= 0);
    const base = Math.floor(members.length / k), extra = members.length % k;
    let pos = 0;
    for (let f = 0; f < k; f++) for (let t = 0; t < base + (f < extra ? 1 : 0); t++) fold[members[pos++]!] = f;
  }
  return Array.from({ length: k }, (_, f) => fold.flatMap((g, i) => (g === f ? [i] : [])));
}
