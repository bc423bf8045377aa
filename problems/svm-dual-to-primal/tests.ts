import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-9, fields: { support: { exact: true } } };

/**
 * A linear-kernel C-SVM dual solved by SMO with maximal-violating-pair selection (LIBSVM's WSS1 and update),
 * to gap 1e-13: the fixtures are (near-)optimal alphas, so the cases also show primal ≈ dual.
 */
export function smo(X: number[][], y: number[], C: number): number[] {
  const n = X.length;
  const K = X.map((a) => X.map((b) => a.reduce((s, v, j) => s + v * b[j]!, 0)));
  const Q = (i: number, j: number) => y[i]! * y[j]! * K[i]![j]!;
  const alpha = new Array<number>(n).fill(0);
  const G = new Array<number>(n).fill(-1);
  for (let it = 0; it < 1_000_000; it++) {
    let i = -1, j = -1, gmax = -Infinity, gmin = Infinity;
    for (let t = 0; t < n; t++) {
      const v = -y[t]! * G[t]!;
      const up = (y[t] === 1 && alpha[t]! < C) || (y[t] === -1 && alpha[t]! > 0);
      const low = (y[t] === 1 && alpha[t]! > 0) || (y[t] === -1 && alpha[t]! < C);
      if (up && v > gmax) { gmax = v; i = t; }
      if (low && v < gmin) { gmin = v; j = t; }
    }
    if (gmax - gmin < 1e-13) break;
    const ai = alpha[i]!, aj = alpha[j]!;
    const quad = Math.max(K[i]![i]! + K[j]![j]! - 2 * K[i]![j]!, 1e-12);
    if (y[i] !== y[j]) {
      const delta = (-G[i]! - G[j]!) / quad, diff = ai - aj;
      alpha[i] = ai + delta; alpha[j] = aj + delta;
      if (diff > 0) { if (alpha[j]! < 0) { alpha[j] = 0; alpha[i] = diff; } } else if (alpha[i]! < 0) { alpha[i] = 0; alpha[j] = -diff; }
      if (diff > 0) { if (alpha[i]! > C) { alpha[i] = C; alpha[j] = C - diff; } } else if (alpha[j]! > C) { alpha[j] = C; alpha[i] = C + diff; }
    } else {
      const delta = (G[i]! - G[j]!) / quad, sum = ai + aj;
      alpha[i] = ai - delta; alpha[j] = aj + delta;
      if (sum > C) { if (alpha[i]! > C) { alpha[i] = C; alpha[j] = sum - C; } } else if (alpha[j]! < 0) { alpha[j] = 0; alpha[i] = sum; }
      if (sum > C) { if (alpha[j]! > C) { alpha[j] = C; alpha[i] = sum - C; } } else if (alpha[i]! < 0) { alpha[i] = 0; alpha[j] = sum; }
    }
    const di = alpha[i]! - ai, dj = alpha[j]! - aj;
    for (let t = 0; t < n; t++) G[t] = G[t]! + Q(i, t) * di + Q(j, t) * dj;
  }
  return alpha;
}

/** Two overlapping classes and their optimal alphas; redraws when an alpha sits near (but not at) 0 or C. */
function randomCase(seed: number, n: number, d: number, C: number, overlap: number) {
  const r = rng(seed);
  for (;;) {
    const dir = Array.from({ length: d }, () => r.normal());
    const y = Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1));
    const X = y.map((label) => dir.map((v) => label * v + r.normal(0, overlap)));
    const alpha = smo(X, y, C);
    const ok = alpha.every((a) => a === 0 || a === C || (a > 1e-6 && a < C - 1e-6));
    const free = alpha.some((a) => a > 1e-6 && a < C - 1e-6);
    if (ok && free) return [X, y, alpha, C];
  }
}

const soft = randomCase(3, 12, 2, 0.5, 1.2);
const tinyX = [[2, 1], [1, 2], [-1, -1], [-2, -1], [5, 5], [-5, -4]];

export default defineTests({
  cases: [
    { name: 'hard margin, two points', sample: true, tolerance: TOL, args: [[[1, 1], [-1, -1]], [1, -1], [0.25, 0.25], Infinity] },
    { name: 'soft margin at the optimum', sample: true, tolerance: TOL, args: [[[2, 0], [0, 1], [-1, 0], [0.5, -1]], [1, 1, -1, -1], [11 / 36, 0.5, 11 / 36, 0.5], 0.5] },
    { name: 'alphas at the bound C are not free', tolerance: TOL, args: soft },
    { name: 'tiny alphas below the threshold are not support vectors', tolerance: TOL, args: [tinyX, [1, 1, -1, -1, 1, -1], [0.2, 0.1, 0.3, 0, 1e-12, 1e-12], 1] },
    { name: 'a non-optimal alpha still gives w, b and both objectives', tolerance: TOL, args: [[[1, 0], [0, 1], [-1, 0], [0, -1]], [1, 1, -1, -1], [0.3, 0.2, 0.1, 0.4], 2] },
    { name: 'hard margin from the solver', tolerance: TOL, args: randomCase(4, 10, 2, 1e6, 0.2) },
    { name: 'alphas that violate the balance constraint throw', expectError: true, args: [[[1, 1], [-1, -1]], [1, -1], [0.3, 0.25], Infinity] },
    { name: 'an alpha above C throws', expectError: true, args: [[[1, 1], [-1, -1]], [1, -1], [2, 2], 1] },
    { name: 'a negative alpha throws', expectError: true, args: [[[1, 1], [-1, -1], [2, 2]], [1, -1, 1], [0.5, 0.25, -0.25], 1] },
    { name: 'every alpha at a bound throws', expectError: true, args: [[[1, 1], [-1, -1]], [1, -1], [1, 1], 1] },
    { name: 'labels 0 and 1 throw', expectError: true, args: [[[1, 1], [-1, -1]], [1, 0], [0.25, 0.25], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2000 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2010 + i, 2 * r.int(4, 15), r.int(1, 4), [0.1, 1, 10, 0.5, 3][i]!, [1, 0.8, 0.5, 1.5, 0.7][i]!) };
    }),
    { name: 'large: 300 rows', tolerance: TOL, weight: 2, args: randomCase(99, 300, 5, 1, 1) },
  ],
});
