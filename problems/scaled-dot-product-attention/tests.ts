import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';

type Mat = number[][];
type Args = [Mat, Mat, Mat, Mat | null];

const causal = (n: number): Mat => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? 1 : 0)));

function randomCase(seed: number, n: number, m: number, dk: number, dv: number, scale: number, masked: 'none' | 'causal' | 'random'): Args {
  const r = rng(seed);
  const Q = r.matrix(n, dk, -scale, scale);
  const K = r.matrix(m, dk, -scale, scale);
  const V = r.matrix(m, dv, -3, 3);
  let mask: Mat | null = null;
  if (masked === 'causal') mask = causal(n);
  if (masked === 'random') mask = Array.from({ length: n }, () => Array.from({ length: m }, () => (r.uniform() < 0.7 ? 1 : 0)));
  return [Q, K, V, mask];
}

export default defineTests({
  // every weight row is a probability distribution (blocked positions are compared with the expected 0s)
  checks: { weightRows: rowsSumTo(1, { field: 'weights', within: [0, 1] }) },
  cases: [
    { name: 'worked example: causal 2×2', sample: true, args: [[[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 2], [3, 4]], [[1, 0], [1, 1]]], check: 'weightRows' },
    { name: 'no mask, 3 queries', sample: true, args: [[[0.5, 1, -1], [2, 0, 0.5], [-1, -1, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[1, 0], [0, 1], [1, 1]], null], check: 'weightRows' },
    { name: 'fully masked row gives uniform weights', args: [[[1, 2], [3, -1], [0.5, 0.5]], [[1, 0], [0, 1], [2, 2]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[1, 1, 0], [0, 0, 0], [0, 1, 1]]], check: 'weightRows' },
    { name: 'every row fully masked', args: [[[5, -5]], [[1, 1], [-3, 2], [0, 9]], [[1], [2], [6]], [[0, 0, 0]]], check: 'weightRows' },
    { name: 'causal mask 6×6', args: randomCase(201, 6, 6, 4, 3, 2, 'causal'), check: 'weightRows' },
    { name: 'large scores need max subtraction', args: randomCase(202, 4, 5, 8, 2, 30, 'none'), check: 'weightRows' },
    { name: 'large scores with a mask', args: randomCase(203, 5, 5, 8, 4, 25, 'causal'), check: 'weightRows' },
    { name: 'cross-attention n≠m', args: randomCase(204, 3, 7, 5, 2, 1.5, 'none'), check: 'weightRows' },
    { name: 'd_k = 1', args: randomCase(205, 4, 4, 1, 3, 3, 'none'), check: 'weightRows' },
    { name: 'd_v differs from d_k', args: randomCase(206, 4, 6, 2, 7, 2, 'random'), check: 'weightRows' },
    { name: 'single query and key', args: [[[2.5]], [[-1.5]], [[4, -2]], null], check: 'weightRows' },
    { name: 'scaling by sqrt(d_k) matters', args: randomCase(207, 3, 4, 16, 2, 1, 'none'), check: 'weightRows' },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(300 + i);
      const n = r.int(1, 7);
      const m = r.int(1, 7);
      const masked = (['none', 'random', 'none', 'random', 'random'] as const)[i]!;
      return { name: `random ${i + 1}`, args: randomCase(310 + i, n, m, r.int(1, 8), r.int(1, 5), r.uniform(0.5, 4), masked), check: 'weightRows' };
    }),
    { name: 'large: 128 tokens, d_k = 64, causal', args: randomCase(399, 128, 128, 64, 64, 1, 'causal'), weight: 2 },
  ],
});
