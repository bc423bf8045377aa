// expect: wrong_answer
// mistake: sums the squared differences over the shared coordinates without scaling by p / (number shared), favouring donors that share fewer coordinates
// caught-by: distances are scaled by the share of shared coordinates
export function knnImpute(X: number[][], k: number): number[][] {
  const n = X.length;
  if (n === 0) throw new Error('empty');
  const p = X[0]!.length;
  if (p === 0) throw new Error('no features');
  for (const r of X) {
    if (r.length !== p) throw new Error('ragged');
    for (const v of r) if (!Number.isNaN(v) && !Number.isFinite(v)) throw new Error('infinite value');
  }
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  const mean = new Array<number>(p);
  for (let j = 0; j < p; j++) {
    let s = 0, c = 0;
    for (const r of X) if (!Number.isNaN(r[j]!)) { s += r[j]!; c++; }
    mean[j] = c ? s / c : NaN;
  }
  // distance over the coordinates present in both rows, scaled up by p / (number present)
  const dist = (a: number[], b: number[]): number => {
    let s = 0, c = 0;
    for (let t = 0; t < p; t++) if (!Number.isNaN(a[t]!) && !Number.isNaN(b[t]!)) { s += (a[t]! - b[t]!) ** 2; c++; }
    return c === 0 ? NaN : Math.sqrt(s);
  };
  const out = X.map((r) => r.slice()); // imputed values never feed later distances or donors
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      if (!Number.isNaN(X[i]![j]!)) continue;
      const cand: Array<[number, number]> = [];
      for (let l = 0; l < n; l++) {
        if (l === i || Number.isNaN(X[l]![j]!)) continue;
        const d = dist(X[i]!, X[l]!);
        if (!Number.isNaN(d)) cand.push([d, l]);
      }
      cand.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const use = cand.slice(0, k);
      out[i]![j] = use.length ? use.reduce((s, c) => s + X[c[1]]![j]!, 0) / use.length : mean[j]!;
    }
  }
  return out;
}
