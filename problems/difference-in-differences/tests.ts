import { defineTests, rng } from '../../grader/kit.ts';

/** Panel-like data: unit effects, a common trend, a treatment effect in the treated post cell; cells of random size. */
function randomCase(seed: number, nMin: number, nMax: number, effect: number): [number[], number[], number[]] {
  const r = rng(seed);
  const y: number[] = [], treated: number[] = [], post: number[] = [];
  const base = r.uniform(-5, 5), gap = r.uniform(-3, 3), trend = r.uniform(-2, 2);
  for (const t of [0, 1]) {
    for (const p of [0, 1]) {
      for (let k = r.int(nMin, nMax); k > 0; k--) {
        y.push(base + gap * t + trend * p + effect * t * p + r.normal(0, 1));
        treated.push(t);
        post.push(p);
      }
    }
  }
  // shuffle rows so cells are interleaved
  for (let i = y.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [y[i], y[j]] = [y[j]!, y[i]!];
    [treated[i], treated[j]] = [treated[j]!, treated[i]!];
    [post[i], post[j]] = [post[j]!, post[i]!];
  }
  return [y, treated, post];
}

export default defineTests({
  cases: [
    { name: 'one observation per cell', sample: true, args: [[10, 12, 11, 16], [0, 0, 1, 1], [0, 1, 0, 1]] },
    { name: 'two per cell, interleaved', sample: true, args: [[5, 7, 6, 8, 9, 12, 10, 13], [0, 1, 0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 1, 1, 1, 1]] },
    { name: 'unbalanced cells', args: [[1, 2, 3, 10, 4, 5, 20, 6, 7, 8, 9], [0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1], [0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1]] },
    { name: 'treated group starts higher', args: [[100, 103, 140, 150, 101, 141], [0, 0, 1, 1, 0, 1], [0, 1, 0, 1, 0, 0]] },
    { name: 'no effect', args: [[2, 4, 5, 7], [0, 0, 1, 1], [0, 1, 0, 1]] },
    { name: 'negative effect', args: [[3, 3.5, 4, 2.5, 3.2, 4.1], [0, 0, 1, 1, 0, 1], [0, 1, 0, 1, 1, 0]] },
    { name: 'large offsets', args: [[1e6 + 1, 1e6 + 3, 1e6 + 2, 1e6 + 9, 1e6 + 1.5], [0, 0, 1, 1, 0], [0, 1, 0, 1, 0]] },
    { name: 'empty cell throws', args: [[1, 2, 3], [0, 0, 1], [0, 1, 0]], expectError: true },
    { name: 'indicator 2 throws', args: [[1, 2, 3, 4], [0, 0, 2, 1], [0, 1, 0, 1]], expectError: true },
    { name: 'length mismatch throws', args: [[1, 2, 3, 4], [0, 0, 1, 1], [0, 1, 0]], expectError: true },
    { name: 'NaN outcome throws', args: [[1, NaN, 3, 4], [0, 0, 1, 1], [0, 1, 0, 1]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2700 + i, 1 + i, 3 + 4 * i, [0, 1.5, -2, 3, 0.5, -1][i]!) })),
    { name: 'large: 50000 observations', args: randomCase(2799, 10_000, 15_000, 0.7), weight: 2 },
  ],
});
