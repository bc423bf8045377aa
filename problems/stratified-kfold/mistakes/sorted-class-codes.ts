// expect: wrong_answer
// mistake: numbers the classes by sorted label value instead of by first appearance, which changes the round-robin allocation
// caught-by: first appearance not in sorted order
export function stratifiedKFold(y: number[], k: number): number[][] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  const classes = [...new Set(y)].sort((a, b) => a - b);
  const enc = y.map((v) => classes.indexOf(v));
  const C = classes.length;
  const size = new Array<number>(C).fill(0);
  enc.forEach((e) => size[e]!++);
  if (Math.max(...size) < k) throw new Error('classes too small');
  const order = enc.slice().sort((a, b) => a - b);
  const alloc = Array.from({ length: C }, () => new Array<number>(k).fill(0));
  order.forEach((c, j) => { alloc[c]![j % k]!++; });
  const fold = new Array<number>(n);
  for (let c = 0; c < C; c++) {
    const members = enc.map((e, i) => (e === c ? i : -1)).filter((i) => i >= 0);
    let pos = 0;
    for (let f = 0; f < k; f++) for (let t = 0; t < alloc[c]![f]!; t++) fold[members[pos++]!] = f;
  }
  return Array.from({ length: k }, (_, f) => fold.flatMap((g, i) => (g === f ? [i] : [])));
}
