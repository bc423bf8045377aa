import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

type Args = [number[][], number[][][], number];

/** Gate logits whose sorted values are at least 0.05 apart, so no rank can flip. */
function randomCase(seed: number, T: number, E: number, D: number, k: number): Args {
  const r = rng(seed);
  const logits = Array.from({ length: T }, () => {
    const base = Array.from({ length: E }, (_, i) => i * 0.4 + r.uniform(0, 0.3) - 0.2 * E);
    for (let i = E - 1; i > 0; i--) { const j = r.int(0, i); [base[i], base[j]] = [base[j]!, base[i]!]; }
    return base;
  });
  const out = Array.from({ length: E }, () => r.normalMatrix(T, D));
  return [logits, out, k];
}

const L = [[2, 1, 0], [0, 0, 1]];
const OUT = [[[1, 0], [1, 0]], [[0, 1], [0, 1]], [[1, 1], [2, 2]]];
const exactLoad = { rtol: 1e-9, atol: 1e-12, fields: { load: { exact: true } } };

export default defineTests({
  cases: ([
    { name: 'worked example: top-2 of 3 experts with a tie', sample: true, args: [L, OUT, 2] },
    { name: 'worked example: top-1', sample: true, args: [L, OUT, 1] },
    { name: 'k = E is a dense mixture', args: randomCase(2901, 5, 4, 3, 4) },
    { name: 'top-1 routing', args: randomCase(2902, 8, 6, 2, 1) },
    { name: 'tied gate logits go to the lower expert', args: [[[1, 3, 3, 0], [5, 5, 5, 5]], [[[1]], [[2]], [[4]], [[8]]].map((e) => [e[0]!, e[0]!]), 2] },
    { name: 'uniform routing gives an auxiliary loss of 1', args: [[[2, 0], [0, 2], [2, 0], [0, 2]], [[[1], [1], [1], [1]], [[3], [3], [3], [3]]], 1] },
    { name: 'all tokens to one expert (unbalanced)', args: [[[4, 0, 0], [5, 1, 0], [3, 0, 1]], randomCase(2903, 3, 3, 2, 1)[1], 2] },
    { name: 'large gate logits (stable softmax)', args: [[[900, 905, 0], [-1000, -990, -995]], randomCase(2904, 2, 3, 3, 2)[1], 2] },
    { name: 'single expert', args: [[[0.3], [-1]], [[[1, 2], [3, 4]]], 1] },
    { name: 'k larger than the number of experts throws', args: [L, OUT, 4], expectError: true },
    { name: 'k = 0 throws', args: [L, OUT, 0], expectError: true },
    { name: 'expert outputs of the wrong shape throw', args: [L, OUT.slice(1), 2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2920 + i);
      const E = r.int(2, 8);
      return { name: `random ${i + 1}`, args: randomCase(2940 + i, r.int(1, 16), E, r.int(1, 6), r.int(1, E)) };
    }),
    { name: 'large: 512 tokens, 16 experts, top-2, width 32', args: randomCase(2999, 512, 16, 32, 2), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exactLoad })),
});
