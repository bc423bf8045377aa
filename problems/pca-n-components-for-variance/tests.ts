import { defineTests, rng } from '../../grader/kit.ts';
import { componentsForVariance } from './reference.ts';

const TOL = { rtol: 1e-12, atol: 1e-15, fields: { countAtLeast: { exact: true }, countAbove: { exact: true } } };

/** A decaying spectrum; redraws tau while any cumulative ratio is within 1e-9 of it. */
function randomCase(seed: number, m: number) {
  const r = rng(seed);
  const ev = Array.from({ length: m }, () => r.uniform(0, 1) ** 3 * 10).sort((a, b) => b - a);
  for (;;) {
    const tau = r.uniform(0.3, 0.99);
    if (componentsForVariance(ev, tau).cumulative.every((c) => Math.abs(c - tau) > 1e-9)) return [ev, tau];
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[4, 2, 1, 0.5, 0.5], 0.8] },
    { name: 'a cumulative ratio exactly equal to tau', sample: true, tolerance: TOL, args: [[95, 5], 0.95] },
    { name: 'rounding keeps every cumulative ratio below tau', tolerance: TOL, args: [[6, 5, 4, 3, 2, 1], 0.9999999999999999] },
    { name: 'one component', tolerance: TOL, args: [[3], 0.5] },
    { name: 'an exact three-quarter split', tolerance: TOL, args: [[3, 1], 0.75] },
    { name: 'trailing zero eigenvalues', tolerance: TOL, args: [[5, 3, 2, 0, 0], 0.99] },
    { name: 'a dominant first component', tolerance: TOL, args: [[1000, 1, 1, 1], 0.5] },
    { name: 'equal eigenvalues', tolerance: TOL, args: [[2, 2, 2, 2], 0.6] },
    { name: 'all-zero eigenvalues throw', expectError: true, args: [[0, 0, 0], 0.5] },
    { name: 'tau of 1 throws', expectError: true, args: [[3, 2, 1], 1] },
    { name: 'tau of 0 throws', expectError: true, args: [[3, 2, 1], 0] },
    { name: 'eigenvalues out of order throw', expectError: true, args: [[1, 3, 2], 0.5] },
    { name: 'a negative eigenvalue throws', expectError: true, args: [[3, 2, -1], 0.5] },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2400 + i, [3, 8, 15, 30, 60, 5][i]!) })),
    { name: 'large: 5000 eigenvalues', tolerance: TOL, weight: 2, args: randomCase(99, 5000) },
  ],
});
