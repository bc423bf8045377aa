// Reference: plain TypeScript port of scikit-learn's StratifiedKFold._make_test_folds (shuffle=False).

export function stratifiedKFold(y: number[], k: number): number[][] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2) throw new Error('k must be an integer ≥ 2');
  if (k > n) throw new Error('k cannot exceed the number of samples');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('labels must be finite numbers');
  // classes encoded in order of first appearance
  const code = new Map<number, number>();
  const encoded = y.map((v) => {
    if (!code.has(v)) code.set(v, code.size);
    return code.get(v)!;
  });
  const C = code.size;
  const counts = new Array<number>(C).fill(0);
  for (const e of encoded) counts[e]!++;
  if (counts.every((c) => c < k)) throw new Error('k cannot exceed the number of members of every class');
  // allocation[f][c]: members of class c in fold f, from dealing the sorted codes round-robin
  const sorted = [...encoded].sort((a, b) => a - b);
  const allocation = Array.from({ length: k }, () => new Array<number>(C).fill(0));
  sorted.forEach((c, j) => { allocation[j % k]![c]!++; });
  // each class's samples, in index order, fill folds 0, 1, … in blocks of the allocated sizes
  const fold = new Array<number>(n);
  for (let c = 0; c < C; c++) {
    let f = 0, used = 0;
    for (let i = 0; i < n; i++) {
      if (encoded[i] !== c) continue;
      while (used === allocation[f]![c]!) { f++; used = 0; }
      fold[i] = f;
      used++;
    }
  }
  return Array.from({ length: k }, (_, f) => fold.flatMap((g, i) => (g === f ? [i] : [])));
}
