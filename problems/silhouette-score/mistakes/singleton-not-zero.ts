// expect: wrong_answer
// mistake: applies the formula to singleton clusters too (a = 0/0 handled as 0, giving s = 1) instead of defining their score as 0
// caught-by: non-contiguous label values
export function silhouette(X: number[][], labels: number[]): { mean: number; samples: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of X) if (row.length !== d) throw new Error('ragged');
  if (labels.length !== n) throw new Error('labels length');
  for (const l of labels) if (!Number.isInteger(l)) throw new Error('non-integer label');
  // map arbitrary label values to 0..k-1
  const index = new Map<number, number>();
  for (const l of labels) if (!index.has(l)) index.set(l, index.size);
  const k = index.size;
  if (k < 2 || k > n - 1) throw new Error('need 2..n-1 clusters');
  const lab = labels.map((l) => index.get(l)!);
  const size = new Array<number>(k).fill(0);
  for (const c of lab) size[c] = size[c]! + 1;

  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const own = lab[i]!;

    const sums = new Array<number>(k).fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let s = 0;
      for (let t = 0; t < d; t++) { const diff = X[i]![t]! - X[j]![t]!; s += diff * diff; }
      sums[lab[j]!] = sums[lab[j]!]! + Math.sqrt(s);
    }
    const a = size[own] === 1 ? 0 : sums[own]! / (size[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own) b = Math.min(b, sums[c]! / size[c]!);
    const m = Math.max(a, b);
    samples.push(m === 0 ? 0 : (b - a) / m);
  }
  return { mean: samples.reduce((s, v) => s + v, 0) / n, samples };
}
