import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, p: number, T: number) {
  const r = rng(seed);
  const theta0 = Array.from({ length: p }, () => r.uniform(-3, 3));
  const grads = r.matrix(T, p, -2, 2);
  return [theta0, grads, r.uniform(0.005, 0.2), r.uniform(0.5, 0.95)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, -2], [[2, 0], [2, 0], [0, 0]], 0.1, 0.5] },
    { name: 'three steps, three parameters', sample: true, args: [[0, 0.5, -1], [[1, -1, 0.5], [0.5, 0.25, -1], [-1, 0, 2]], 0.05, 0.9] },
    { name: 'momentum 0 is plain SGD', args: [[3, -1], [[1, 2], [-0.5, 4], [2, -2]], 0.1, 0] },
    { name: 'single step', args: [[0.25, -0.75, 2], [[4, -2, 1]], 0.01, 0.9] },
    { name: 'no gradients', args: [[1, 2, 3], [], 0.1, 0.9] },
    { name: 'zero gradients after a kick', args: [[0, 0], [[1, -1], ...Array.from({ length: 20 }, () => [0, 0])], 0.5, 0.8] },
    { name: 'constant gradient, 100 steps', args: [[10], Array.from({ length: 100 }, () => [1]), 0.01, 0.9] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(700 + i);
      return { name: `random ${i + 1}`, args: randomCase(800 + i, r.int(1, 6), r.int(2, 30)) };
    }),
    { name: 'large: 200 parameters, 300 steps', args: randomCase(999, 200, 300), weight: 2 },
  ],
});
