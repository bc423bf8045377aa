import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[][], number[][], number];

function randomCase(seed: number, n: number, d: number, k: number, r: number, alpha: number, zeroB = false): Args {
  const g = rng(seed);
  const B = zeroB ? Array.from({ length: r }, () => new Array<number>(k).fill(0)) : g.normalMatrix(r, k, 0, 0.5);
  return [g.normalMatrix(n, d), g.matrix(d, k, -1 / Math.sqrt(d), 1 / Math.sqrt(d)), g.normalMatrix(d, r, 0, 0.5), B, alpha];
}

const exactCounts = { rtol: 1e-9, atol: 1e-12, fields: { loraParams: { exact: true }, fullParams: { exact: true } } };

export default defineTests({
  cases: ([
    { name: 'worked example: rank 1, α = 2', sample: true, args: [[[1, 2]], [[1, 0, 1], [0, 1, 1]], [[1], [-1]], [[0.5, 1, 0]], 2] },
    { name: 'B = 0 at initialization leaves the layer unchanged', sample: true, args: randomCase(2801, 3, 4, 5, 2, 16, true) },
    { name: 'α = r gives the unscaled update', args: randomCase(2802, 4, 6, 3, 3, 3) },
    { name: 'rank 1', args: randomCase(2803, 2, 5, 7, 1, 1) },
    { name: 'α/r different from 1', args: randomCase(2804, 5, 8, 4, 4, 16) },
    { name: 'α = 0 disables the adapter', args: randomCase(2805, 3, 4, 4, 2, 0) },
    { name: 'wide output, narrow input', args: randomCase(2806, 2, 3, 12, 2, 8) },
    { name: 'single token', args: randomCase(2807, 1, 16, 16, 4, 8) },
    { name: 'no tokens still counts the parameters', args: [[], [[1, 0], [0, 1], [1, 1]], [[1], [0], [2]], [[0.5, -0.5]], 1] },
    { name: 'A with the wrong number of rows throws', args: [[[1, 2]], [[1, 0, 1], [0, 1, 1]], [[1]], [[0.5, 1, 0]], 2], expectError: true },
    { name: 'B with the wrong width throws', args: [[[1, 2]], [[1, 0, 1], [0, 1, 1]], [[1], [-1]], [[0.5, 1]], 2], expectError: true },
    { name: 'x of the wrong width throws', args: [[[1, 2, 3]], [[1, 0, 1], [0, 1, 1]], [[1], [-1]], [[0.5, 1, 0]], 2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const g = rng(2820 + i);
      const r = g.int(1, 6);
      return { name: `random ${i + 1}`, args: randomCase(2840 + i, g.int(1, 6), g.int(r, 12), g.int(1, 12), r, g.uniform(0.5, 32)) };
    }),
    { name: 'large: 32 tokens, 128×128 layer, rank 8', args: randomCase(2899, 32, 128, 128, 8, 16), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exactCounts })),
});
