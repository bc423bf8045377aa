import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, p: number, T: number) {
  const r = rng(seed);
  const theta0 = Array.from({ length: p }, () => r.uniform(-2, 2));
  const scales = Array.from({ length: p }, (_, j) => [1, 1e-2, 1e-7][j % 3]!);
  const grads = Array.from({ length: T }, () => scales.map((s) => s * r.uniform(-1, 1)));
  return [theta0, grads, r.uniform(0.001, 0.05), r.uniform(0.8, 0.99), 1e-8];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 1], [[1, 0], [-1, 0]], 0.01, 0.9, 1e-8] },
    { name: 'three parameters, four steps', sample: true, args: [[0.5, -0.5, 2], [[1, 2, -3], [0.5, -1, 1], [-2, 0.1, 0.2], [0, 0, 1]], 0.01, 0.99, 1e-8] },
    { name: 'zero gradient component stays put', args: [[1, 2, 3], [[0, 1, 0], [0, -1, 0], [0, 2, 0]], 0.1, 0.9, 1e-8] },
    { name: 'gradients near 1e-8', args: [[1, -1], [[1e-8, -2e-8], [3e-8, 1e-8], [-1e-8, 5e-9]], 0.001, 0.9, 1e-8] },
    { name: 'large eps', args: [[1, -1], [[2, -0.5], [1, 0.5], [-1, 1]], 0.1, 0.9, 0.5] },
    { name: 'decay 0', args: [[0, 0], [[3, -0.2], [-1, 0.4], [0.5, 0.5]], 0.05, 0, 1e-8] },
    { name: 'single step', args: [[4], [[-0.25]], 0.001, 0.99, 1e-8] },
    { name: 'no gradients', args: [[1, 2], [], 0.001, 0.9, 1e-8] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(500 + i);
      return { name: `random ${i + 1}`, args: randomCase(600 + i, r.int(1, 7), r.int(2, 40)) };
    }),
    { name: 'large: 150 parameters, 300 steps', args: randomCase(6060, 150, 300), weight: 2 },
  ],
});
