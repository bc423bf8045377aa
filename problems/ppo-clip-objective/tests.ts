import { defineTests, rng } from '../../grader/kit.ts';

/** Log-probabilities whose ratios stay at least 1e-4 (relative) away from 1 ± eps. */
function randomCase(seed: number, N: number, eps: number, spread: number) {
  const r = rng(seed);
  const logpOld: number[] = [];
  const logpNew: number[] = [];
  while (logpOld.length < N) {
    const old = Math.log(r.uniform(0.01, 1));
    const fresh = old + r.uniform(-spread, spread);
    const ratio = Math.exp(fresh - old);
    if (Math.abs(ratio - (1 - eps)) > 1e-4 && Math.abs(ratio - (1 + eps)) > 1e-4) {
      logpOld.push(old);
      logpNew.push(fresh);
    }
  }
  return [logpNew, logpOld, r.vector(N, -2, 2), eps];
}

const l = Math.log;

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[l(0.5), l(0.3), l(0.21), l(0.5)], [l(0.4), l(0.5), l(0.25), l(0.5)], [2, -1, 1, -3], 0.2] },
    { name: 'unchanged policy gives the mean advantage', sample: true, args: [[-1, -2, -0.5], [-1, -2, -0.5], [1, -2, 4], 0.2] },
    { name: 'a good action pushed too far up is clipped', args: [[0], [-1], [1.5], 0.1] },
    { name: 'a bad action pushed too far down is clipped', args: [[-2], [-1], [-1.5], 0.1] },
    { name: 'a bad action made more likely is not clipped', args: [[0], [-1], [-1.5], 0.1] },
    { name: 'eps = 0', args: [[-0.9, -1.1, -1], [-1, -1, -1], [1, 1, 1], 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(23100 + i);
      return { name: `random ${i + 1}`, args: randomCase(23200 + i, r.int(4, 64), r.uniform(0.05, 0.3), r.uniform(0.1, 0.6)) };
    }),
    { name: 'large: 50000 samples', args: randomCase(23300, 50000, 0.2, 0.4), weight: 2 },
    { name: 'mismatched lengths throw', expectError: true, args: [[0, 0], [0], [1, 1], 0.2] },
    { name: 'an empty batch throws', expectError: true, args: [[], [], [], 0.2] },
    { name: 'eps = 1 throws', expectError: true, args: [[0], [0], [1], 1] },
    { name: 'an infinite log-probability throws', expectError: true, args: [[Number.NEGATIVE_INFINITY], [0], [1], 0.2] },
  ],
});
