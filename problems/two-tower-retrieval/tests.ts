import { defineTests, rng } from '../../grader/kit.ts';
import { scoreMatrix } from './reference.ts';

/** Random towers and features; seen marks drawn with probability pSeen; redrawn until the top-k decisions have a 1e-9 margin. */
function randomCase(seed: number, nu: number, ni: number, d: number, h: number, o: number, pSeen: number, k: number) {
  const r = rng(seed);
  for (;;) {
    const params = [r.normalMatrix(d, h, 0, 1), r.vector(h, -0.5, 0.5), r.normalMatrix(h, o, 0, 1), r.vector(o, -0.5, 0.5)];
    const paramsI = [r.normalMatrix(d, h, 0, 1), r.vector(h, -0.5, 0.5), r.normalMatrix(h, o, 0, 1), r.vector(o, -0.5, 0.5)];
    const users = r.normalMatrix(nu, d, 0, 1), items = r.normalMatrix(ni, d, 0, 1);
    const seen = Array.from({ length: nu }, () => Array.from({ length: ni }, () => (r.uniform() < pSeen ? 1 : 0)));
    const scores = scoreMatrix(users, items, ...(params as [number[][], number[], number[][], number[]]), ...(paramsI as [number[][], number[], number[][], number[]]));
    const clear = scores.every((row, u) => {
      const s = row.filter((_, i) => seen[u]![i] === 0).sort((a, b) => b - a);
      return s.slice(0, k + 1).every((v, j, arr) => j === 0 || arr[j - 1]! - v > 1e-9);
    });
    if (clear) return [users, items, ...params, ...paramsI, seen, k];
  }
}

const I2 = [[1, 0], [0, 1]];
const identity = [I2, [0, 0], I2, [0, 0], I2, [0, 0], I2, [0, 0]];
const exampleArgs = [[[1, 0], [0, 2]], [[1, 0], [0, 1], [1, 1], [-1, -1]], ...identity, [[0, 0, 0, 0], [0, 1, 0, 0]], 2];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: exampleArgs },
    { name: 'five users, twelve items', sample: true, args: randomCase(7300, 5, 12, 4, 6, 3, 0.2, 3) },
    { name: 'a tower output of zeros', args: [[[1, 1], [-2, -1]], [[1, 0], [0, 1], [-1, -3]], ...identity, [[0, 0, 0], [0, 0, 0]], 3] },
    { name: 'seen items are skipped', args: randomCase(7301, 4, 10, 3, 5, 4, 0.5, 4) },
    { name: 'more seen items than n − k', args: randomCase(7302, 3, 8, 3, 4, 2, 0.8, 5) },
    { name: 'every item seen', args: [[[1, 0]], [[1, 0], [0, 1]], ...identity, [[1, 1]], 2] },
    { name: 'tied scores', args: [[[1, 2], [3, 1]], [[2, 1], [1, 1], [2, 1], [4, 2], [0.5, 0.5]], ...identity, [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], 4] },
    { name: 'k = 0', args: randomCase(7303, 2, 5, 3, 3, 3, 0, 0) },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(7310 + i);
      return { name: `random ${i + 1}`, args: randomCase(7320 + i, r.int(1, 8), r.int(3, 25), r.int(2, 6), r.int(2, 8), r.int(2, 6), r.uniform(0, 0.4), r.int(1, 6)) };
    }),
    { name: 'large: 100 users, 2000 items', args: randomCase(7400, 100, 2000, 16, 32, 16, 0.05, 10), weight: 2 },
    { name: 'mismatched output dimensions throw', args: [[[1, 0]], [[1, 0]], I2, [0, 0], I2, [0, 0], I2, [0, 0], [[1, 0, 0], [0, 1, 0]], [0, 0, 0], [[0]], 1], expectError: true },
    { name: 'a seen matrix of the wrong shape throws', args: [[[1, 0]], [[1, 0], [0, 1]], ...identity, [[0]], 1], expectError: true },
    { name: 'a negative k throws', args: [[[1, 0]], [[1, 0]], ...identity, [[0]], -1], expectError: true },
  ],
});
