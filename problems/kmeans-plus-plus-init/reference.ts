// Reference: plain float64 TypeScript (discrete inverse-CDF decisions).
function run(X: number[][], k: number, u: number[]): { picks: number[]; margin: number } {
  const n = X.length;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error('k must be an integer in [1, n]');
  if (u.length < k) throw new Error('need k uniforms');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d)) throw new Error('rows must have equal length');
  for (let t = 0; t < k; t++) if (!(u[t]! >= 0 && u[t]! < 1)) throw new Error('uniforms must lie in [0, 1)');
  const sq = (a: number[], b: number[]) => { let s = 0; for (let j = 0; j < d; j++) s += (a[j]! - b[j]!) ** 2; return s; };
  const picks = [Math.floor(u[0]! * n)];
  const D2 = X.map((x) => sq(x, X[picks[0]!]!));
  let margin = Infinity;
  for (let t = 1; t < k; t++) {
    const W = D2.reduce((a, b) => a + b, 0);
    let pick = -1;
    if (W === 0) {
      for (let i = 0; i < n; i++) if (!picks.includes(i)) { pick = i; break; }
    } else {
      const target = u[t]! * W;
      let S = 0;
      for (let i = 0; i < n; i++) {
        S += D2[i]!;
        if (D2[i]! > 0) margin = Math.min(margin, Math.abs(S - target) / W);
        if (pick < 0 && S > target) pick = i;
      }
      // also the distance to the zero cumulative level
      margin = Math.min(margin, target / W);
    }
    picks.push(pick);
    for (let i = 0; i < n; i++) D2[i] = Math.min(D2[i]!, sq(X[i]!, X[pick]!));
  }
  return { picks, margin };
}

export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  return run(X, k, u).picks;
}

/** Smallest relative distance between u_t·W and a cumulative sum (for the tests' margin check). */
export function drawMargin(X: number[][], k: number, u: number[]): number {
  return run(X, k, u).margin;
}
