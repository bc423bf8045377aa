import { defineTests, rng } from '../../grader/kit.ts';

const methods = ['standard', 'minmax'] as const;
function randomCase(seed: number, method: 'standard' | 'minmax', n: number, m: number, d: number): unknown[] {
  const r = rng(seed);
  const mus = Array.from({ length: d }, () => r.uniform(-20, 20));
  const sds = Array.from({ length: d }, () => r.uniform(0.1, 5));
  const gen = (k: number, widen: number) => Array.from({ length: k }, () => mus.map((mu, j) => mu + widen * sds[j]! * r.normal()));
  return [gen(n, 1), gen(m, 1.5), method];
}
const offset = [[1e9 + 4, -3e9 + 0.5], [1e9 + 7, -3e9 + 1.5], [1e9 + 13, -3e9 + 0.25], [1e9 + 16, -3e9 + 2]];

export default defineTests({
  cases: [
    { name: 'standard with a constant column', sample: true, args: [[[1, 10], [3, 10], [5, 10]], [[7, 11]], 'standard'] },
    { name: 'minmax with a constant column', sample: true, args: [[[1, 10], [3, 10], [5, 10]], [[7, 11]], 'minmax'] },
    { name: 'single training row, standard', args: [[[2, -3]], [[2, -3], [4, 0]], 'standard'] },
    { name: 'single training row, minmax', args: [[[2, -3]], [[5, -4]], 'minmax'] },
    { name: 'test outside the training range', args: [[[0], [10]], [[-5], [20], [5]], 'minmax'] },
    { name: 'negative values', args: [[[-4, -1], [-2, -8], [-9, -3]], [[-1, -1]], 'standard'] },
    { name: 'empty test split', args: [[[1, 2], [3, 4]], [], 'standard'] },
    { name: 'large offset, standard', args: [offset, [[1e9 + 10, -3e9 + 1]], 'standard'] },
    { name: 'large offset, minmax', args: [offset, [[1e9 + 10, -3e9 + 1]], 'minmax'] },
    { name: 'constant column among others, minmax', args: [[[1, 4, 2], [1, 6, 0], [1, 5, 9]], [[2, 3, 1]], 'minmax'] },
    { name: 'constant column among others, standard', args: [[[1, 4, 2], [1, 6, 0], [1, 5, 9]], [[2, 3, 1]], 'standard'] },
    { name: 'no training rows throws', args: [[], [[1]], 'standard'], expectError: true },
    { name: 'test column mismatch throws', args: [[[1, 2]], [[1, 2, 3]], 'minmax'], expectError: true },
    { name: 'ragged training rows throw', args: [[[1, 2], [3]], [], 'standard'], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${methods[i % 2]} ${i + 1}`, args: randomCase(1700 + i, methods[i % 2]!, 5 + 7 * i, 3 + i, 2 + (i % 4)) })),
    { name: 'large standard', args: randomCase(1800, 'standard', 3000, 1000, 30), weight: 2 },
  ],
});
