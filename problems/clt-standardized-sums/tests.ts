import { defineTests, rng } from '../../grader/kit.ts';
import { cltStandardize } from './reference.ts';

/** Trials of n draws from Uniform(0, 1) (μ = 1/2, σ² = 1/12); redrawn until no |Z| is within 1e-6 of 1.96. */
function randomCase(seed: number, trials: number, n: number): [number[][], number, number] {
  const r = rng(seed);
  for (;;) {
    const samples = Array.from({ length: trials }, () => r.vector(n, 0, 1));
    const { z } = cltStandardize(samples, 0.5, 1 / 12);
    if (z.every((v) => Math.abs(Math.abs(v) - 1.96) > 1e-6)) return [samples, 0.5, 1 / 12];
  }
}

const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { coverage95: { exact: true } } };

export default defineTests({
  cases: [
    { name: 'three dice trials', sample: true, args: [[[1, 6, 3, 4], [2, 2, 5, 6], [6, 6, 5, 6]], 3.5, 35 / 12] },
    { name: 'coin flips', sample: true, args: [[[1, 0, 1, 1, 0, 1], [0, 0, 0, 1, 0, 0]], 0.5, 0.25] },
    { name: 'mean 2, four draws', args: [[[2.5, 1.5, 3, 2], [1, 2, 2, 1]], 2, 1] },
    { name: 'variance 9', args: [[[4, -2, 7], [1, 0, 3]], 1, 9] },
    { name: 'a standardized sum of exactly 1.96', args: [[[1.96], [-1.96], [2.5]], 0, 1] },
    { name: 'one draw per trial', args: [[[0.3], [-1.2], [2.4]], 0, 1] },
    { name: 'one trial', args: [[[5, 7, 6, 8, 4]], 6, 2] },
    { name: 'ragged trials throw', args: [[[1, 2], [1]], 0, 1], expectError: true },
    { name: 'zero variance throws', args: [[[1, 2]], 0, 0], expectError: true },
    { name: 'no trials throw', args: [[], 0, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5600 + i, 5 + 20 * i, 3 + 10 * i) })),
    { name: 'large: 2000 trials of 100 draws', args: randomCase(5699, 2000, 100), weight: 2 },
  ].map((c) => ({ ...c, tolerance })),
});
