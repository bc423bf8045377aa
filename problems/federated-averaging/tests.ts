import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, d: number, K: number, clip: boolean) {
  const r = rng(seed);
  const w = r.vector(d, -1, 1);
  const clients = Array.from({ length: K }, () => w.map((v) => v + r.normal(0, r.uniform(0.1, 2))));
  const sizes = Array.from({ length: K }, () => r.int(1, 500));
  return [w, clients, sizes, clip ? r.uniform(0.5, 3) : Number.POSITIVE_INFINITY, r.vector(d, -0.01, 0.01)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[0, 0], [[1, 2], [3, 0], [0, -8]], [1, 3, 4], 5, [0.1, -0.1]] },
    { name: 'no clipping, no noise', sample: true, args: [[0, 0], [[1, 2], [3, 0], [0, -8]], [1, 3, 4], Number.POSITIVE_INFINITY, [0, 0]] },
    { name: 'one client', args: [[0.5, -0.5, 1], [[1, 2, 3]], [10], Number.POSITIVE_INFINITY, [0, 0, 0]] },
    { name: 'equal sizes give the plain mean', args: [[1, 1], [[2, 0], [0, 4], [1, 1]], [5, 5, 5], Number.POSITIVE_INFINITY, [0, 0]] },
    { name: 'a client without data', args: [[0, 0], [[1, 1], [100, -100]], [3, 0], Number.POSITIVE_INFINITY, [0, 0]] },
    { name: 'one client clipped', args: [[1, 2], [[4, 6], [1.5, 2.5]], [2, 2], 1, [0, 0]] },
    { name: 'an update exactly at the clip norm', args: [[0, 0], [[3, 4]], [1], 5, [0, 0]] },
    { name: 'huge updates clip without overflow', args: [[0, 0], [[3e200, 4e200], [0, 1]], [1, 1], 1, [0, 0]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(30100 + i);
      return { name: `random ${i + 1}`, args: randomCase(30200 + i, r.int(1, 20), r.int(2, 10), i % 2 === 1) };
    }),
    { name: 'large: 100 clients, 400 weights', args: randomCase(30300, 400, 100, true), weight: 2 },
    { name: 'no clients throws', expectError: true, args: [[0, 0], [], [], 1, [0, 0]] },
    { name: 'mismatched sizes throw', expectError: true, args: [[0, 0], [[1, 1]], [1, 2], 1, [0, 0]] },
    { name: 'a negative size throws', expectError: true, args: [[0, 0], [[1, 1], [2, 2]], [3, -1], 1, [0, 0]] },
    { name: 'all sizes zero throws', expectError: true, args: [[0, 0], [[1, 1]], [0], 1, [0, 0]] },
    { name: 'a zero clip norm throws', expectError: true, args: [[0, 0], [[1, 1]], [1], 0, [0, 0]] },
    { name: 'short noise throws', expectError: true, args: [[0, 0], [[1, 1]], [1], 1, [0]] },
  ],
});
