function gaussSolve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of A) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) <= n * 2.220446049250313e-16 * scale) throw new Error('singular system');
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

export function crossValScore(X: number[][], y: number[], folds: number[][], alpha: number): [number[], number, number] {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('shape mismatch');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of X) if (row.length !== d || row.some((v) => !Number.isFinite(v))) throw new Error('bad X');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('bad y');
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new Error('alpha must be >= 0');
  if (folds.length === 0) throw new Error('no folds');
  const scores: number[] = [];
  for (const fold of folds) {
    const isTest = new Array<boolean>(n).fill(false);
    for (const i of fold) {
      if (!Number.isInteger(i) || i < 0 || i >= n || isTest[i]) throw new Error('bad fold');
      isTest[i] = true;
    }
    const train: number[] = [];
    for (let i = 0; i < n; i++) if (!isTest[i]) train.push(i);
    if (fold.length === 0 || train.length === 0) throw new Error('empty split');
    const mx = new Array<number>(d).fill(0);
    let my = 0;
    for (const i of train) { for (let j = 0; j < d; j++) mx[j]! += X[i]![j]!; my += y[i]!; }
    for (let j = 0; j < d; j++) mx[j]! /= train.length;
    my /= train.length;
    const A = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const rhs = new Array<number>(d).fill(0);
    for (const i of train) {
      for (let p = 0; p < d; p++) {
        const xp = X[i]![p]! - mx[p]!;
        rhs[p]! += xp * (y[i]! - my);
        for (let q = 0; q < d; q++) A[p]![q]! += xp * (X[i]![q]! - mx[q]!);
      }
    }
    for (let p = 0; p < d; p++) A[p]![p]! += alpha;
    const w = gaussSolve(A, rhs);
    let b = my;
    for (let j = 0; j < d; j++) b -= w[j]! * mx[j]!;
    const yt = fold.map((i) => y[i]!);
    const yp = fold.map((i) => b + X[i]!.reduce((s, v, j) => s + v * w[j]!, 0));
    const mean = yt.reduce((s, v) => s + v, 0) / yt.length;
    let ssr = 0, sst = 0;
    for (let t = 0; t < yt.length; t++) { ssr += (yt[t]! - yp[t]!) ** 2; sst += (yt[t]! - mean) ** 2; }
    scores.push(sst === 0 ? (ssr === 0 ? 1 : 0) : 1 - ssr / sst);
  }
  const m = scores.reduce((s, v) => s + v, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((s, v) => s + (v - m) ** 2, 0) / scores.length);
  return [scores, m, 2 * sd];
}
