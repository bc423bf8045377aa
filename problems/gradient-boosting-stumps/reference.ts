// Reference: plain float64 TypeScript (discrete split choices).
type Stump = { j: number; t: number; a: number; b: number };

function fitStump(X: number[][], r: number[], trace: { margin: number }): Stump {
  const n = r.length, d = X[0]!.length;
  const rbar = r.reduce((s, v) => s + v, 0) / n;
  const S0 = r.reduce((s, v) => s + (v - rbar) ** 2, 0);
  let best: Stump | null = null, bestSse = Infinity;
  const sses: number[] = [];
  for (let j = 0; j < d; j++) {
    const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => X[p]![j]! - X[q]![j]!);
    // prefix sums over the sorted order
    let sL = 0, qL = 0;
    const sT = r.reduce((s, v) => s + v, 0), qT = r.reduce((s, v) => s + v * v, 0);
    for (let k = 0; k < n - 1; k++) {
      const i = order[k]!;
      sL += r[i]!; qL += r[i]! * r[i]!;
      const v = X[i]![j]!, w = X[order[k + 1]!]![j]!;
      if (v === w) continue;
      const nL = k + 1, nR = n - nL;
      // two-pass SSE on each side for accuracy
      const a = sL / nL, b = (sT - sL) / nR;
      let sse = 0;
      for (let m = 0; m < n; m++) { const o = order[m]!; sse += (r[o]! - (m <= k ? a : b)) ** 2; }
      void qL; void qT;
      sses.push(sse);
      if (best === null || sse < bestSse - 1e-9 * S0) { best = { j, t: (v + w) / 2, a, b }; bestSse = sse; }
    }
  }
  if (best === null) return { j: 0, t: Infinity, a: rbar, b: rbar };
  if (S0 > 0) {
    // gap to the best candidate with a clearly different cost (identical partitions tie within ~1e-12)
    for (const s of sses) {
      const gap = (s - bestSse) / S0;
      if (Math.abs(s - bestSse) > 1e-12 * S0 && gap < trace.margin) trace.margin = gap;
    }
  }
  return best;
}

function run(X: number[][], y: number[], M: number, nu: number, Xtest: number[][]): { out: { trainMse: number[]; predictions: number[] }; margin: number } {
  const n = X.length;
  if (n === 0) throw new Error('X must have at least one row');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('inconsistent row lengths');
  if (y.length !== n) throw new Error('y must have one value per row');
  if (!Number.isInteger(M) || M < 0) throw new Error('M must be a non-negative integer');
  if (!(nu > 0)) throw new Error('nu must be positive');
  const f0 = y.reduce((s, v) => s + v, 0) / n;
  const F = new Array<number>(n).fill(f0);
  const P = new Array<number>(Xtest.length).fill(f0);
  const trainMse: number[] = [];
  const trace = { margin: Infinity };
  for (let m = 0; m < M; m++) {
    const r = y.map((v, i) => v - F[i]!);
    const s = fitStump(X, r, trace);
    const h = (x: number[]) => (x[s.j]! <= s.t ? s.a : s.b);
    for (let i = 0; i < n; i++) F[i] = F[i]! + nu * h(X[i]!);
    for (let i = 0; i < Xtest.length; i++) P[i] = P[i]! + nu * h(Xtest[i]!);
    trainMse.push(y.reduce((acc, v, i) => acc + (v - F[i]!) ** 2, 0) / n);
  }
  return { out: { trainMse, predictions: P }, margin: trace.margin };
}

export function gradientBoostingStumps(X: number[][], y: number[], M: number, nu: number, Xtest: number[][]): { trainMse: number[]; predictions: number[] } {
  return run(X, y, M, nu, Xtest).out;
}

/** Smallest relative SSE gap between the chosen split and a different one, over all rounds (for tests). */
export function splitMargin(X: number[][], y: number[], M: number, nu: number): number {
  return run(X, y, M, nu, []).margin;
}
