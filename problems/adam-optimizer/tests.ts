import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, p: number, T: number, wd: number, decoupled: boolean) {
  const r = rng(seed);
  const theta0 = Array.from({ length: p }, () => r.uniform(-2, 2));
  // mixed gradient scales per coordinate: some ~1, some ~1e-3, some ~1e-7
  const scales = Array.from({ length: p }, (_, j) => [1, 1e-3, 1e-7][j % 3]!);
  const grads = Array.from({ length: T }, () => scales.map((s) => s * r.uniform(-1, 1)));
  return [theta0, grads, r.uniform(0.001, 0.05), 0.9, 0.999, 1e-8, wd, decoupled];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1], [[0.5], [-0.5]], 0.1, 0.9, 0.999, 1e-8, 0, false] },
    { name: 'decoupled weight decay, two parameters', sample: true, args: [[1, -2], [[0.5, 1], [-0.5, 0.25], [0.1, -1]], 0.1, 0.9, 0.999, 1e-8, 0.1, true] },
    { name: 'coupled L2 weight decay', args: [[1, -2], [[0.5, 1], [-0.5, 0.25], [0.1, -1]], 0.1, 0.9, 0.999, 1e-8, 0.1, false] },
    { name: 'single step has size about lr', args: [[0.3, -0.7, 5], [[2, -0.01, 100]], 0.01, 0.9, 0.999, 1e-8, 0, false] },
    { name: 'no gradients', args: [[1, 2], [], 0.01, 0.9, 0.999, 1e-8, 0.01, true] },
    { name: 'zero gradient at step 1', args: [[1, -1], [[0, 0], [1, -1], [0, 0]], 0.05, 0.9, 0.999, 1e-8, 0, false] },
    { name: 'AdamW shrinks before the step', args: [[2, -3, 0.5], [[0.3, -0.1, 2], [0.2, 0.4, -1]], 0.05, 0.9, 0.999, 1e-8, 0.4, true] },
    { name: 'zero gradients with decoupled decay', args: [[2, -3], Array.from({ length: 10 }, () => [0, 0]), 0.1, 0.9, 0.999, 1e-8, 0.5, true] },
    { name: 'beta1 = 0', args: [[0.5, 0.5], [[1, -2], [3, 0.5], [-1, 1]], 0.02, 0, 0.999, 1e-8, 0, false] },
    { name: 'GAN betas (0.5, 0.999)', args: [[0.1, 0.2, 0.3], [[1, -1, 0.5], [0.5, 0.5, -0.5], [-1, 2, 0]], 0.0002, 0.5, 0.999, 1e-8, 0, false] },
    { name: 'tiny gradients near eps', args: [[1, 1], [[3e-8, -1e-8], [2e-8, 5e-9], [-1e-8, 2e-8]], 0.001, 0.9, 0.999, 1e-8, 0, false] },
    { name: 'large eps behaves like scaled SGD', args: [[1, -1], [[0.5, 2], [0.25, -1]], 0.1, 0.9, 0.999, 0.5, 0, false] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(300 + i);
      return { name: `random ${i + 1}`, args: randomCase(400 + i, r.int(1, 7), r.int(2, 40), i % 3 === 0 ? 0 : r.uniform(0.001, 0.2), i % 2 === 0) };
    }),
    { name: 'large: 150 parameters, 300 steps, AdamW', args: randomCase(4242, 150, 300, 0.01, true), weight: 2 },
  ],
});
