import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-14 };

function randomCase(seed: number, n: number, d: number) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.normal(0, 2)));
  const sigmas = Array.from({ length: n }, () => r.uniform(0.5, 3));
  const Y = Array.from({ length: n }, () => [r.normal(0, 1), r.normal(0, 1)]);
  return [X, sigmas, Y];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[0, 0], [1, 0], [0, 2]], [1, 1, 1], [[0, 0], [1, 0], [0, 1]]] },
    { name: 'two points', sample: true, tolerance: TOL, args: [[[0], [5]], [1, 2], [[0], [3]]] },
    { name: 'a tiny bandwidth needs the max shift', tolerance: TOL, args: [[[0], [1], [3], [10]], [0.01, 1, 1, 1], [[0], [1], [2], [3]]] },
    { name: 'bandwidths differ per point', tolerance: TOL, args: [[[0, 0], [2, 0], [0, 1], [5, 5]], [0.5, 1, 2, 3], [[0, 0], [1, 1], [0, 1], [2, 2]]] },
    { name: 'duplicate points', tolerance: TOL, args: [[[1, 1], [1, 1], [4, 0]], [1, 1, 1], [[0, 0], [0.5, 0], [2, 1]]] },
    { name: 'coincident embedding points', tolerance: TOL, args: [[[0], [1], [2]], [1, 1, 1], [[1, 1], [1, 1], [0, 0]]] },
    { name: 'one point throws', expectError: true, args: [[[0]], [1], [[0]]] },
    { name: 'a non-positive bandwidth throws', expectError: true, args: [[[0], [1]], [1, 0], [[0], [1]]] },
    { name: 'an embedding with a different number of points throws', expectError: true, args: [[[0], [1]], [1, 1], [[0]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3800 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3810 + i, r.int(3, 25), r.int(1, 6)) };
    }),
    { name: 'large: 150 points in 10 dimensions', tolerance: TOL, weight: 2, args: randomCase(99, 150, 10) },
  ],
});
