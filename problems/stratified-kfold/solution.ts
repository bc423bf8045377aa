export function stratifiedKFold(y: number[], k: number): number[][] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('need 2 <= k <= n');
  const classIndex = new Map<number, number>();
  const enc: number[] = [];
  for (const v of y) {
    if (!Number.isFinite(v)) throw new Error('bad label');
    if (!classIndex.has(v)) classIndex.set(v, classIndex.size);
    enc.push(classIndex.get(v)!);
  }
  const C = classIndex.size;
  const size = new Array<number>(C).fill(0);
  for (const e of enc) size[e]!++;
  if (Math.max(...size) < k) throw new Error('every class is smaller than k');
  const order = enc.slice().sort((a, b) => a - b);
  // alloc[c][f]
  const alloc: number[][] = Array.from({ length: C }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < n; j++) alloc[order[j]!]![j % k]! += 1;
  const testFold = new Array<number>(n).fill(-1);
  for (let c = 0; c < C; c++) {
    const members = enc.map((e, i) => (e === c ? i : -1)).filter((i) => i >= 0);
    let pos = 0;
    for (let f = 0; f < k; f++) {
      for (let t = 0; t < alloc[c]![f]!; t++) testFold[members[pos++]!] = f;
    }
  }
  const folds: number[][] = Array.from({ length: k }, () => []);
  testFold.forEach((f, i) => folds[f]!.push(i));
  return folds;
}
