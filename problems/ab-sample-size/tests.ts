import { defineTests, rng } from '../../grader/kit.ts';
import { rawSampleSize } from './reference.ts';


/** Keep the unrounded n at least max(0.02, 1e-5·n) from an integer. */
function safe(n: number): boolean {
  return Math.abs(n - Math.round(n)) >= Math.max(0.02, 1e-5 * n);
}
function randomCase(seed: number): number[] {
  const r = rng(seed);
  for (;;) {
    const p1 = Math.round(r.uniform(0.01, 0.6) * 1000) / 1000;
    const mde = Math.round(r.uniform(-0.05, 0.08) * 1000) / 1000;
    if (mde === 0 || p1 + mde <= 0 || p1 + mde >= 1) continue;
    const alpha = [0.01, 0.05, 0.1][r.int(0, 2)]!;
    const power = [0.7, 0.8, 0.9, 0.95][r.int(0, 3)]!;
    if (safe(rawSampleSize(p1, mde, alpha, power))) return [p1, mde, alpha, power];
  }
}

export default defineTests({
  cases: [
    { name: 'baseline 10%, MDE 2 points', sample: true, args: [0.1, 0.02, 0.05, 0.8] },
    { name: 'baseline 30%, MDE 5 points, 90% power', sample: true, args: [0.3, 0.05, 0.05, 0.9] },
    { name: 'negative MDE', args: [0.2, -0.03, 0.05, 0.8] },
    { name: 'power one half', args: [0.1, 0.02, 0.05, 0.5] },
    { name: 'strict alpha', args: [0.05, 0.01, 0.001, 0.99] },
    { name: 'zero MDE is infinite', args: [0.1, 0, 0.05, 0.8] },
    { name: 'treatment rate above one throws', args: [0.95, 0.1, 0.05, 0.8], expectError: true },
    { name: 'baseline zero throws', args: [0, 0.1, 0.05, 0.8], expectError: true },
    { name: 'alpha out of range throws', args: [0.1, 0.02, 1.2, 0.8], expectError: true },
    { name: 'power out of range throws', args: [0.1, 0.02, 0.05, 1], expectError: true },
    { name: 'treatment rate exactly one throws', args: [0.9, 0.1, 0.05, 0.8], expectError: true },
    { name: 'treatment rate below zero throws', args: [0.05, -0.06, 0.05, 0.8], expectError: true },
    { name: 'alpha zero throws', args: [0.1, 0.02, 0, 0.8], expectError: true },
    ...Array.from({ length: 8 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(500 + i) })),
    { name: 'tiny MDE (millions of users)', args: [0.031, 0.00041, 0.05, 0.8] },
  ],
});
