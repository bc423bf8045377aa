import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, p: number): [number[], number[], number] {
  const r = rng(seed);
  return [r.normalMatrix(1, n)[0]!, r.normalMatrix(1, n, 0, 0.1)[0]!, p];
}

const W = [0.5, -0.1, 0.3, -0.8, 0.1, 0.05];
const I = [0.2, 0.4, -0.1, -0.3, 0.6, 0.1];
const exact = { rtol: 0, atol: 0, exact: true };

export default defineTests({
  cases: ([
    { name: 'worked example: prune a third, with a tie', sample: true, args: [W, I, 1 / 3] },
    { name: 'prune half', sample: true, args: [W, I, 0.5] },
    { name: 'p = 0 keeps everything', args: [W, I, 0] },
    { name: 'p = 1 prunes everything', args: [W, I, 1] },
    { name: 'magnitude ties prune the lower index first', args: [[0.2, -0.2, 0.2, 0.2, -0.2], [1, 2, 3, 4, 5], 0.4] },
    { name: 'negative weights are judged by magnitude', args: [[-3, 0.5, -0.2, 1, -0.01], [1, 1, 1, 1, 1], 0.6] },
    { name: 'weights that are already zero go first', args: [[0, 0.3, 0, -0.4, 0.1], [0.1, 0.2, 0.3, 0.4, 0.5], 0.4] },
    { name: 'fraction times n just below an integer', args: randomCase(4801, 100, 0.29) },
    { name: 'empty weight list', args: [[], [], 0.5] },
    { name: 'length mismatch throws', args: [[1, 2], [1], 0.5], expectError: true },
    { name: 'p above 1 throws', args: [W, I, 1.5], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(4820 + i);
      return { name: `random ${i + 1}`, args: randomCase(4840 + i, r.int(1, 60), r.uniform(0, 1)) };
    }),
    { name: 'large: 10000 weights, 80% pruned', args: randomCase(4899, 10000, 0.8), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exact })),
});
