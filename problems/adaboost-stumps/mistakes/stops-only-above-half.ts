// expect: wrong_answer
// mistake: stops only when ε > 0.5 (the seed text), so an ε = 0.5 stump is added with α = 0
// caught-by: weighted error exactly 0.5 (XOR)
export function adaboost(
  X: number[][],
  y: number[],
  T: number,
  Xtest: number[][],
): { stumps: number[][]; alphas: number[]; weights: number[]; predictions: number[] } {
  const n = X.length;
  if (n === 0 || y.length !== n || y.some((v) => v !== 1 && v !== -1)) throw new Error('labels must be ±1');
  const p = X[0]!.length;
  const order = Array.from({ length: p }, (_, j) => Array.from({ length: n }, (_, i) => i).sort((a, b) => X[a]![j]! - X[b]![j]!));
  let w = new Array<number>(n).fill(1 / n);
  const stumps: number[][] = [];
  const alphas: number[] = [];
  for (let round = 0; round < T; round++) {
    let bestErr = Infinity;
    let best: number[] | null = null;
    let total = 0;
    for (const wi of w) total += wi;
    for (let j = 0; j < p; j++) {
      const idx = order[j]!;
      // polarity +1 predicts +1 above τ: errors = positives at or below τ + negatives above τ
      let posBelow = 0;
      let negAbove = 0;
      for (const i of idx) if (y[i] === -1) negAbove += w[i]!;
      let k = 0;
      while (k < n) {
        const v = X[idx[k]!]![j]!;
        while (k < n && X[idx[k]!]![j] === v) {
          const i = idx[k]!;
          if (y[i] === 1) posBelow += w[i]!; else negAbove -= w[i]!;
          k++;
        }
        if (k === n) break;
        const tau = (v + X[idx[k]!]![j]!) / 2;
        const errPlus = posBelow + negAbove;
        const errMinus = total - errPlus; // flipping the polarity flips every prediction
        if (errPlus < bestErr) { bestErr = errPlus; best = [j, tau, 1]; }
        if (errMinus < bestErr) { bestErr = errMinus; best = [j, tau, -1]; }
      }
    }
    if (best === null || bestErr > 0.5) break;
    const [bj, bt, bs] = best as [number, number, number];
    // a perfect stump is decided by counting misses (bestErr may carry rounding from the sweep)
    let misses = 0;
    for (let i = 0; i < n; i++) if ((X[i]![bj]! > bt ? bs : -bs) !== y[i]) misses++;
    const eps = misses === 0 ? 1e-10 : Math.max(bestErr, 1e-10);
    const alpha = Math.log((1 - eps) / eps) / 2;
    const unnorm = w.map((wi, i) => wi * Math.exp(-alpha * y[i]! * (X[i]![bj]! > bt ? bs : -bs)));
    let Z = 0;
    for (const u of unnorm) Z += u;
    w = unnorm.map((u) => u / Z);
    stumps.push([bj, bt, bs]);
    alphas.push(alpha);
    if (misses === 0) break;
  }
  const predictions = Xtest.map((x) => {
    const F = stumps.reduce((acc, [j, t, s], k) => acc + alphas[k]! * (x[j!]! > t! ? s! : -s!), 0);
    return F < 0 ? -1 : 1;
  });
  return { stumps, alphas, weights: w, predictions };
}
