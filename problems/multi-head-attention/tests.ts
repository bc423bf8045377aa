import { defineTests, rng } from '../../grader/kit.ts';

type Mask = number[][] | null;
type Args = [
  number[][], number[][], number[][],
  number[][], number[], number[][], number[], number[][], number[], number[][], number[],
  number, Mask,
];

const I2 = [[1, 0], [0, 1]];
const Z2 = [0, 0];
const X2 = [[1, 0], [0, 1]];

function causal(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? 1 : 0)));
}

/**
 * Random weights scaled like nn.Linear's default init, inputs of scale `xs`. `mask`: 'none', 'causal',
 * 'random' (random 0/1 entries with one fully blocked query row), or an explicit matrix.
 */
function randomCase(seed: number, n: number, m: number, d: number, h: number, xs: number, mask: 'none' | 'causal' | 'random', self = false): Args {
  const r = rng(seed);
  const s = 1 / Math.sqrt(d);
  const mat = (rows: number) => r.normalMatrix(rows, d, 0, xs);
  const W = () => r.matrix(d, d, -s * 1.7, s * 1.7);
  const b = () => r.vector(d, -s, s);
  const q = mat(n);
  const k = self ? q : mat(m);
  const v = self ? q : mat(m);
  let M: Mask = null;
  if (mask === 'causal') M = causal(n);
  if (mask === 'random') {
    M = Array.from({ length: n }, () => Array.from({ length: m }, () => (r.uniform() < 0.7 ? 1 : 0)));
    M[r.int(0, n - 1)] = new Array<number>(m).fill(0);
  }
  return [q, k, v, W(), b(), W(), b(), W(), b(), W(), b(), h, M];
}

export default defineTests({
  cases: [
    { name: 'worked example: two heads of width 1', sample: true, args: [X2, X2, X2, I2, Z2, I2, Z2, I2, Z2, I2, Z2, 2, null] },
    { name: 'worked example with a causal mask', sample: true, args: [X2, X2, X2, I2, Z2, I2, Z2, I2, Z2, I2, Z2, 2, [[1, 0], [1, 1]]] },
    { name: 'self-attention, 4 heads', sample: true, args: randomCase(901, 4, 4, 8, 4, 1, 'none', true) },
    { name: 'one head', args: randomCase(902, 5, 5, 6, 1, 1, 'none', true) },
    { name: 'heads of width 1', args: randomCase(903, 4, 4, 4, 4, 1, 'none', true) },
    { name: 'causal mask', args: randomCase(904, 6, 6, 8, 2, 1, 'causal', true) },
    { name: 'random mask with a fully blocked query', args: randomCase(905, 5, 7, 6, 3, 1, 'random') },
    { name: 'fully blocked rows, one head', args: (() => {
      const a = randomCase(906, 3, 4, 4, 1, 1, 'none');
      a[12] = [[0, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]];
      return a;
    })() },
    { name: 'cross-attention, n ≠ m', args: randomCase(907, 3, 7, 8, 2, 1, 'none') },
    { name: 'single query and key', args: randomCase(908, 1, 1, 4, 2, 1, 'none') },
    { name: 'large inputs (stable softmax)', args: randomCase(909, 4, 5, 4, 2, 6, 'none') },
    { name: 'd not divisible by the number of heads', args: randomCase(910, 3, 3, 6, 4, 1, 'none', true), expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(920 + i);
      const h = r.int(1, 4);
      const d = h * r.int(1, 4);
      const masks = ['none', 'causal', 'random'] as const;
      const mk = masks[i % 3]!;
      const n = r.int(1, 6);
      const m = mk === 'causal' ? n : r.int(1, 6);
      return { name: `random ${i + 1}`, args: randomCase(930 + i, n, m, d, h, r.uniform(0.5, 2), mk, mk === 'causal') };
    }),
    { name: 'large: 128 tokens, d = 64, 8 heads, causal', args: randomCase(999, 128, 128, 64, 8, 1, 'causal', true), weight: 2 },
  ],
});
