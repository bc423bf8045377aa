import { defineTests, rng } from '../../grader/kit.ts';

/** B models fit on resamples: each prediction = f(x) + model bias + model-specific wiggle. */
function randomCase(seed: number, B: number, m: number, noiseVar: number): [number[][], number[], number] {
  const r = rng(seed);
  const x = Array.from({ length: m }, () => r.uniform(0, 10));
  const f = x.map((v) => Math.sin(v) + 0.5 * v);
  const bias = r.normal(0, 0.3);
  const preds = Array.from({ length: B }, () => {
    const wiggle = r.normal(0, 0.4);
    return f.map((v, i) => v + bias + wiggle * Math.cos(x[i]!) + r.normal(0, 0.2));
  });
  return [preds, f, noiseVar];
}

export default defineTests({
  cases: [
    { name: 'three models, two points', sample: true, args: [[[1.0, 2.5], [1.4, 2.1], [0.9, 2.9]], [1.0, 2.0], 0.25] },
    { name: 'one model', sample: true, args: [[[3, 5, 4]], [2.5, 5, 4.5], 0.1] },
    { name: 'five models, four points', args: [[[1, 2, 3, 4], [1.5, 2.2, 2.7, 4.4], [0.8, 1.7, 3.3, 3.6], [1.2, 2.4, 3.1, 4.1], [0.9, 2.1, 2.6, 4.3]], [1.1, 2, 3, 4], 0.5] },
    { name: 'identical models', args: [[[2, 4], [2, 4], [2, 4]], [1, 3], 0] },
    { name: 'unbiased models', args: [[[1, 3], [3, 1]], [2, 2], 1] },
    // the means of values near 1e6 carry ~1e-10 rounding, relative 1e-7 of the tiny deviations: rtol 1e-6 (a one-pass variance is off by ~1e-4)
    { name: 'predictions around one million', args: [[[1e6 + 0.001, 1e6 - 0.002], [1e6 - 0.001, 1e6 + 0.003], [1e6 + 0.002, 1e6 - 0.001]], [1e6, 1e6], 0], tolerance: { rtol: 1e-6, atol: 1e-14 } },
    { name: 'one test point', args: [[[4], [6], [5], [7]], [5], 2] },
    { name: 'ragged predictions throw', args: [[[1, 2], [1]], [1, 2], 0], expectError: true },
    { name: 'no models throw', args: [[], [1, 2], 0], expectError: true },
    { name: 'negative noise variance throws', args: [[[1]], [1], -0.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5200 + i, 2 + 5 * i, 5 + 10 * i, 0.1 * i) })),
    { name: 'large: 200 models, 2000 points', args: randomCase(5299, 200, 2000, 0.25), weight: 2 },
  ],
});
