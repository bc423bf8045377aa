import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[][][], number[][]];

function oneHot(labels: number[], k: number): number[][] {
  return labels.map((c) => Array.from({ length: k }, (_, j) => (j === c ? 1 : 0)));
}

/** He-style random weights for layer sizes `sizes` (input first, classes last). */
function randomCase(seed: number, m: number, sizes: number[], opts: { xScale?: number; outScale?: number; soft?: boolean } = {}): Args {
  const r = rng(seed);
  const X = r.normalMatrix(m, sizes[0]!, 0, opts.xScale ?? 1);
  const k = sizes[sizes.length - 1]!;
  const labels = Array.from({ length: m }, () => r.int(0, k - 1));
  let Y = oneHot(labels, k);
  if (opts.soft) Y = Y.map((row) => row.map((v) => 0.8 * v + 0.2 / k));
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const last = l + 2 === sizes.length;
    const std = Math.sqrt(2 / sizes[l]!) * (last ? opts.outScale ?? 1 : 1);
    weights.push(r.normalMatrix(sizes[l]!, sizes[l + 1]!, 0, std));
    biases.push(r.vector(sizes[l + 1]!, -0.1, 0.1));
  }
  return [X, Y, weights, biases];
}

export default defineTests({
  cases: [
    {
      name: 'one hidden layer, two examples',
      sample: true,
      args: [[[1, 2], [0.5, -1]], [[1, 0], [0, 1]], [[[0.5, -0.5, 1], [0.25, 0.5, -0.5]], [[1, -1], [-0.5, 0.5], [0.25, 0.75]]], [[0, 0.1, -0.1], [0, 0]]],
    },
    { name: 'random 2-layer network', sample: true, args: randomCase(1001, 4, [3, 5, 3]) },
    {
      name: 'exact zero pre-activations',
      args: [[[1, 2], [0, 0], [2, 1]], [[0, 1], [1, 0], [0, 1]], [[[1, -1, 0.5], [0.5, 0.5, -0.25]], [[1, -2], [0.5, 1.5], [-1, 1]]], [[-2, -1, 0], [0.25, -0.25]]],
    },
    {
      name: 'dead hidden units',
      args: (() => {
        const a = randomCase(1002, 5, [4, 6, 3]);
        a[3][0] = a[3][0]!.map((v, j) => (j % 2 === 0 ? -50 : v)); // every other unit never fires
        return a;
      })(),
    },
    { name: 'batch of one', args: randomCase(1003, 1, [4, 5, 3]) },
    { name: 'four layers', args: randomCase(1004, 6, [5, 8, 6, 4, 3]) },
    { name: 'logits around ±50', args: randomCase(1005, 5, [4, 6, 3], { outScale: 25 }) },
    { name: 'soft labels', args: randomCase(1006, 5, [3, 4, 4], { soft: true }) },
    { name: 'output layer only (no hidden layer)', args: randomCase(1007, 4, [3, 4]) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1010 + i);
      const depth = r.int(2, 4);
      const sizes = Array.from({ length: depth + 1 }, (_, j) => (j === depth ? r.int(2, 5) : r.int(2, 8)));
      return { name: `random ${i + 1}`, args: randomCase(1020 + i, r.int(1, 10), sizes) };
    }),
    { name: 'large: batch 256, layers 64-128-64-10', args: randomCase(1099, 256, [64, 128, 64, 10]), weight: 2 },
  ],
});
