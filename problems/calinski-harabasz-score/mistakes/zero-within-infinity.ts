// expect: wrong_answer
// mistake: divides by a zero within dispersion and returns Infinity instead of the conventional 1
// caught-by: tight clusters: no within dispersion gives 1
export function calinskiHarabasz(X: number[][], labels: number[]): number {
  const n = X.length;
  if (n === 0) throw new Error('empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of X) if (row.length !== d) throw new Error('ragged');
  if (labels.length !== n) throw new Error('labels length');
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => {
    if (!Number.isInteger(l)) throw new Error('non-integer label');
    if (!groups.has(l)) groups.set(l, []);
    groups.get(l)!.push(i);
  });
  const k = groups.size;
  if (k < 2 || k > n - 1) throw new Error('need 2..n-1 clusters');
  const centre = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) centre[j] = centre[j]! + row[j]! / n;
  let between = 0, within = 0;
  for (const idx of groups.values()) {
    const ck = new Array<number>(d).fill(0);
    for (const i of idx) for (let j = 0; j < d; j++) ck[j] = ck[j]! + X[i]![j]! / idx.length;
    for (let j = 0; j < d; j++) between += idx.length * (ck[j]! - centre[j]!) ** 2;
    for (const i of idx) for (let j = 0; j < d; j++) within += (X[i]![j]! - ck[j]!) ** 2;
  }

  return (between / (k - 1)) / (within / (n - k));
}
