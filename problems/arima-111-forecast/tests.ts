import { defineTests, rng } from '../../grader/kit.ts';

/** A series simulated from the model itself (shocks ~ N(0, σ²)), starting at level y0. */
function simulated(seed: number, T: number, phi: number, theta: number, c: number, sigma: number): number[] {
  const r = rng(seed);
  const y = [r.uniform(50, 150)];
  let wPrev = 0, ePrev = 0;
  for (let t = 1; t < T; t++) {
    const e = r.normal(0, sigma);
    const w = c + phi * wPrev + e + theta * ePrev;
    y.push(y[t - 1]! + w);
    wPrev = w;
    ePrev = e;
  }
  return y;
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[10, 12, 13, 15, 14], 0.5, 0.3, 0.2, 3] },
    { name: 'a simulated series', sample: true, args: [simulated(6500, 30, 0.6, -0.4, 0.1, 1), 0.6, -0.4, 0.1, 5] },
    { name: 'no steps', args: [[1, 3, 2, 5], 0.4, 0.2, 0, 0] },
    { name: 'random walk with drift', args: [simulated(6501, 20, 0, 0, 0.5, 1), 0, 0, 0.5, 6] },
    { name: 'explosive phi', args: [[5, 6, 8, 7, 9], 1.2, 0.5, 0.1, 8] },
    { name: 'a series of two values', args: [[3, 4.5], 0.7, 0.9, -0.2, 4] },
    { name: 'forecast ten steps', args: [simulated(6502, 40, 0.8, 0.6, 0, 2), 0.8, 0.6, 0, 10] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(6510 + i);
      const phi = r.uniform(-0.9, 0.9), theta = r.uniform(-0.9, 0.9), c = r.uniform(-1, 1);
      return { name: `random ${i + 1}`, args: [simulated(6520 + i, r.int(5, 80), phi, theta, c, r.uniform(0.5, 3)), phi, theta, c, r.int(1, 12)] };
    }),
    { name: 'large: 50000 observations', args: [simulated(6600, 50000, 0.3, 0.4, 0.01, 1), 0.3, 0.4, 0.01, 50], weight: 2 },
    { name: 'a single value throws', args: [[5], 0.5, 0.5, 0, 3], expectError: true },
    { name: 'negative steps throw', args: [[1, 2, 3], 0.5, 0.5, 0, -1], expectError: true },
    { name: 'a NaN in the series throws', args: [[1, Number.NaN, 3], 0.5, 0.5, 0, 2], expectError: true },
  ],
});
