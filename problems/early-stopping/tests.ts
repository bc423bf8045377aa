import { defineTests, rng } from '../../grader/kit.ts';

/** Smallest |L_t − (best − δ)| along the run, so random curves can stay clear of ties. */
function tieMargin(losses: number[], minDelta: number): number {
  let best = Infinity;
  let margin = Infinity;
  for (const loss of losses) {
    if (Number.isFinite(best)) margin = Math.min(margin, Math.abs(loss - (best - minDelta)));
    if (loss < best - minDelta) best = loss;
  }
  return margin;
}

/** A noisy U-shaped validation curve: falls, flattens, rises. */
function randomCase(seed: number, n: number) {
  const r = rng(seed);
  for (;;) {
    const turn = r.uniform(0.3, 0.8) * n;
    const losses = Array.from({ length: n }, (_, t) => 0.5 + 2 * Math.exp(-t / (turn / 3)) + 0.002 * Math.max(0, t - turn) ** 1.5 + r.normal(0, 0.02));
    const minDelta = r.uniform(0, 0.02);
    if (tieMargin(losses, minDelta) > 1e-9) return [losses, r.int(1, 8), minDelta];
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1.0, 0.8, 0.79, 0.81, 0.7, 0.75, 0.76, 0.74], 2, 0.05] },
    { name: 'never runs out of patience', sample: true, args: [[0.9, 0.7, 0.72, 0.6, 0.61, 0.5], 2, 0] },
    { name: 'improvement of exactly minDelta does not count', args: [[1, 0.75, 0.5, 0.25], 1, 0.25] },
    { name: 'NaN in the middle', args: [[1, 0.9, Number.NaN, Number.NaN, 0.85, 0.8], 2, 0] },
    { name: 'a single NaN, then recovery', args: [[1, 0.9, Number.NaN, 0.95, 0.85, 0.8], 3, 0] },
    { name: 'NaN first', args: [[Number.NaN, 2, 1.5, 1.6], 2, 0] },
    { name: 'every loss NaN', nanEqual: true, args: [[Number.NaN, Number.NaN, Number.NaN], 2, 0] },
    { name: 'an infinite loss never improves', args: [[Number.POSITIVE_INFINITY, 3, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], 2, 0] },
    { name: 'recovery resets the counter', args: [[1, 1.1, 1.2, 0.9, 1.0, 1.05, 0.8, 0.85], 3, 0] },
    { name: 'slow oscillation', args: [[1.0, 0.9, 0.95, 0.92, 0.94, 0.93, 0.91], 4, 0] },
    { name: 'patience 0 stops at the first stall', args: [[3, 2, 2, 1], 0, 0] },
    { name: 'patience 1', args: [[3, 2, 2.5, 1], 1, 0] },
    { name: 'constant losses', args: [[0.5, 0.5, 0.5, 0.5, 0.5], 3, 0] },
    { name: 'a single epoch', args: [[0.42], 5, 0.01] },
    { name: 'improves at the last epoch', args: [[1, 1.2, 1.1, 0.5], 3, 0.1] },
    { name: 'minDelta larger than every improvement', args: [[1, 0.99, 0.98, 0.97, 0.96], 3, 0.05] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(7100 + i, 20 + 15 * i) })),
    { name: 'large: 200000 epochs', args: [Array.from({ length: 200000 }, (_, t) => 1 / (t + 1)), 10, 0], weight: 2 },
    { name: 'empty losses throws', expectError: true, args: [[], 3, 0] },
    { name: 'negative patience throws', expectError: true, args: [[1, 2], -1, 0] },
    { name: 'fractional patience throws', expectError: true, args: [[1, 2], 1.5, 0] },
    { name: 'negative minDelta throws', expectError: true, args: [[1, 2], 2, -0.1] },
  ],
});
