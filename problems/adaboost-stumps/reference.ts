/**
 * Plain TS float64 reference for discrete AdaBoost with decision stumps (catalog from-004 entry).
 * `adaboostTrace` also reports, per round, the gap between the best and second-best weighted error
 * and the best error of every evaluated round (the test generators use them to keep away from
 * near-ties and from ε ≈ 0.5), and the smallest |score| on Xtest.
 */
export interface AdaboostResult {
  stumps: number[][];
  alphas: number[];
  weights: number[];
  predictions: number[];
}

export const EPS_FLOOR = 1e-10;

export function adaboostTrace(X: number[][], y: number[], T: number, Xtest: number[][]): AdaboostResult & { gaps: number[]; errors: number[]; minAbsScore: number } {
  const n = X.length;
  if (n === 0) throw new Error('adaboost: empty training set');
  if (y.length !== n) throw new Error(`adaboost: ${n} rows but ${y.length} labels`);
  for (const v of y) if (v !== 1 && v !== -1) throw new Error(`adaboost: labels must be -1 or +1, got ${v}`);
  const p = X[0]!.length;
  let D = new Array<number>(n).fill(1 / n);
  const stumps: number[][] = [];
  const alphas: number[] = [];
  const gaps: number[] = [];
  const errors: number[] = [];
  // candidate thresholds per feature: midpoints of consecutive distinct sorted values
  const thresholds: number[][] = [];
  for (let j = 0; j < p; j++) {
    const vals = [...new Set(X.map((r) => r[j]!))].sort((a, b) => a - b);
    const t: number[] = [];
    for (let i = 0; i + 1 < vals.length; i++) t.push((vals[i]! + vals[i + 1]!) / 2);
    thresholds.push(t);
  }
  const h = (x: number[], st: number[]) => (x[st[0]!]! > st[1]! ? st[2]! : -st[2]!);
  for (let t = 0; t < T; t++) {
    let best: number[] | null = null;
    let bestErr = Infinity;
    let second = Infinity;
    for (let j = 0; j < p; j++) {
      for (const tau of thresholds[j]!) {
        for (const s of [1, -1]) {
          const st = [j, tau, s];
          let err = 0;
          for (let i = 0; i < n; i++) if (h(X[i]!, st) !== y[i]) err += D[i]!;
          if (err < bestErr) { second = bestErr; bestErr = err; best = st; }
          else if (err < second) second = err;
        }
      }
    }
    if (best === null) break; // every feature is constant: no stump exists
    errors.push(bestErr);
    if (bestErr >= 0.5) break; // no better than chance: stop without adding
    gaps.push(second - bestErr);
    // bestErr is exactly 0 iff the stump misclassifies no training example (an empty sum)
    const e = Math.max(bestErr, EPS_FLOOR);
    const alpha = 0.5 * Math.log((1 - e) / e);
    stumps.push(best);
    alphas.push(alpha);
    const next = D.map((d, i) => d * Math.exp(-alpha * y[i]! * h(X[i]!, best!)));
    const Z = next.reduce((a, b) => a + b, 0); // the actual sum, not 2√(ε(1−ε))
    D = next.map((d) => d / Z);
    if (bestErr === 0) break;
  }
  let minAbsScore = Infinity;
  const predictions = Xtest.map((x) => {
    let F = 0;
    stumps.forEach((st, k) => { F += alphas[k]! * h(x, st); });
    minAbsScore = Math.min(minAbsScore, Math.abs(F));
    return F >= 0 ? 1 : -1;
  });
  return { stumps, alphas, weights: D, predictions, gaps, errors, minAbsScore };
}

export function adaboost(X: number[][], y: number[], T: number, Xtest: number[][]): AdaboostResult {
  const { stumps, alphas, weights, predictions } = adaboostTrace(X, y, T, Xtest);
  return { stumps, alphas, weights, predictions };
}
