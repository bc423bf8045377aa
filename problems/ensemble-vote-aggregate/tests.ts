import { defineTests, rng, type Rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { votes: { exact: true }, hard: { exact: true }, soft: { exact: true } } };

function row(r: Rng, K: number): number[] {
  const v = Array.from({ length: K }, () => r.uniform(0, 1) ** 3);
  const s = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / s);
}

function gapOk(v: number[], margin: number): boolean {
  const s = [...v].sort((a, b) => b - a);
  return s.length < 2 || s[0]! - s[1]! >= margin;
}

/** Random probability rows; redraws a sample until each estimator's argmax and the average's argmax are clear. */
function randomCase(seed: number, M: number, n: number, K: number): [number[][][]] {
  const r = rng(seed);
  const probas: number[][][] = Array.from({ length: M }, () => []);
  for (let i = 0; i < n; i++) {
    for (;;) {
      const rows = probas.map(() => row(r, K));
      const avg = Array.from({ length: K }, (_, k) => rows.reduce((a, p) => a + p[k]!, 0) / M);
      if (rows.every((p) => gapOk(p, 1e-6)) && gapOk(avg, 1e-6)) { rows.forEach((p, m) => probas[m]!.push(p)); break; }
    }
  }
  return [probas];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[[0.9, 0.1], [0.6, 0.4]], [[0.4, 0.6], [0.3, 0.7]], [[0.45, 0.55], [0.2, 0.8]]]] },
    { name: 'one estimator', sample: true, tolerance: TOL, args: [[[[0.2, 0.5, 0.3], [0.7, 0.2, 0.1]]]] },
    { name: 'a vote tie goes to the lower class', tolerance: TOL, args: [[[[0.1, 0.2, 0.7]], [[0.1, 0.8, 0.1]], [[0.6, 0.3, 0.1]], [[0.2, 0.7, 0.1]], [[0.1, 0.1, 0.8]]]] },
    { name: 'an averaged tie goes to the lower class', tolerance: TOL, args: [[[[0.75, 0.25]], [[0.25, 0.75]]]] },
    { name: 'a tie inside one estimator', tolerance: TOL, args: [[[[0.5, 0.5, 0]], [[0, 0.5, 0.5]], [[0.25, 0.25, 0.5]]]] },
    { name: 'rows that do not sum to 1 are averaged as given', tolerance: TOL, args: [[[[0.5, 0.7]], [[0.9, 0.2]], [[0.1, 0.3]]]] },
    { name: 'hard and soft votes disagree', tolerance: TOL, args: [[[[0.05, 0.95, 0], [0.2, 0.3, 0.5]], [[0.51, 0.49, 0], [0.3, 0.4, 0.3]], [[0.52, 0.48, 0], [0.2, 0.5, 0.3]]]] },
    { name: 'no samples', tolerance: TOL, args: [[[], []]] },
    { name: 'no estimators throws', expectError: true, args: [[]] },
    { name: 'estimators with different row counts throw', expectError: true, args: [[[[0.5, 0.5]], [[0.5, 0.5], [1, 0]]]] },
    { name: 'rows with different class counts throw', expectError: true, args: [[[[0.5, 0.5]], [[0.2, 0.3, 0.5]]]] },
    { name: 'a NaN probability throws', expectError: true, args: [[[[0.5, NaN]]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(20 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(30 + i, r.int(1, 9), r.int(1, 30), r.int(2, 6)) };
    }),
    { name: 'large: 20 estimators, 300 samples', tolerance: TOL, weight: 2, args: randomCase(99, 20, 300, 4) },
  ],
});
