import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[][], number];

function randomCase(seed: number, m: number, d: number, xScale: number, xOffset: number, eps = 1e-5): Args {
  const r = rng(seed);
  const offsets = Array.from({ length: d }, () => xOffset * r.uniform(-1, 1));
  const scales = Array.from({ length: d }, () => xScale * r.uniform(0.2, 1.5));
  const x = Array.from({ length: m }, () => Array.from({ length: d }, (_, j) => offsets[j]! + scales[j]! * r.normal()));
  const gamma = Array.from({ length: d }, () => r.uniform(0.5, 2) * (r.uniform(0, 1) < 0.25 ? -1 : 1));
  const dY = Array.from({ length: m }, () => Array.from({ length: d }, () => r.normal()));
  return [x, gamma, dY, eps];
}

function around1e3(seed: number, m: number, d: number): Args {
  const r = rng(seed);
  const x = Array.from({ length: m }, () => Array.from({ length: d }, () => 1000 + r.uniform(-3, 3)));
  return [x, Array.from({ length: d }, () => r.uniform(0.5, 1.5)), Array.from({ length: m }, () => Array.from({ length: d }, () => r.normal())), 1e-5];
}

export default defineTests({
  cases: [
    { name: 'three examples, one feature', sample: true, args: [[[0], [1], [5]], [1], [[1], [0], [0]], 0] },
    { name: 'four examples, two features', sample: true, args: [[[1, -2], [2, 0.5], [4, 1], [-1, 3]], [1.5, -0.5], [[0.3, -1], [1, 0.2], [-0.5, 0.7], [0.1, 0.4]], 1e-5] },
    { name: 'two examples', args: [[[1, 4], [3, -2]], [2, 0.5], [[1, -1], [0, 3]], 1e-5] },
    { name: 'single example gives zero dX', args: [[[2, -1, 0.5]], [1, 2, 3], [[0.7, -0.2, 1.1]], 1e-5] },
    { name: 'constant column', args: [[[5, 1], [5, 2], [5, -1], [5, 0.5]], [1.2, 0.8], [[0.5, 1], [-1, 0], [2, 0.3], [0.25, -0.6]], 1e-5] },
    { name: 'constant dY gives zero dX', args: [[[0.2, 3], [1.5, -1], [-0.7, 2], [2.2, 0]], [1, -2], [[0.5, -1], [0.5, -1], [0.5, -1], [0.5, -1]], 1e-5] },
    { name: 'zero upstream gradient', args: [[[1, 2], [3, 5], [0, -1]], [1, 1], [[0, 0], [0, 0], [0, 0]], 1e-5] },
    { name: 'large eps', args: randomCase(801, 6, 3, 0.3, 0, 0.5) },
    { name: 'inputs around 1e3', args: around1e3(802, 16, 4) },
    { name: 'inputs around 1e3, larger batch', args: around1e3(803, 64, 8) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(810 + i);
      return { name: `random ${i + 1}`, args: randomCase(820 + i, r.int(2, 12), r.int(1, 6), r.uniform(0.5, 4), r.uniform(0, 10)) };
    }),
    { name: 'large: 1024 × 256', args: randomCase(899, 1024, 256, 2, 5), weight: 2 },
  ],
});
