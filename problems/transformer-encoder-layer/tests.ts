import { defineTests, rng, type Rng } from '../../grader/kit.ts';
import type { EncoderParams } from './reference.ts';

type Args = [number[][], EncoderParams, number, number[][] | null, number];

const eye = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const zeros = (n: number) => new Array<number>(n).fill(0);
const ones = (n: number) => new Array<number>(n).fill(1);

function identityParams(d: number): EncoderParams {
  return {
    Wq: eye(d), bq: zeros(d), Wk: eye(d), bk: zeros(d), Wv: eye(d), bv: zeros(d), Wo: eye(d), bo: zeros(d),
    W1: eye(d), b1: zeros(d), W2: eye(d), b2: zeros(d), g1: ones(d), be1: zeros(d), g2: ones(d), be2: zeros(d),
  };
}

/** nn.Linear-style uniform init in ±1/√fanIn (scaled up a little so attention is not uniform). */
function randomParams(r: Rng, d: number, dff: number): EncoderParams {
  const W = (out: number, inp: number, k = 1.7) => r.matrix(out, inp, -k / Math.sqrt(inp), k / Math.sqrt(inp));
  const b = (out: number, inp: number) => r.vector(out, -1 / Math.sqrt(inp), 1 / Math.sqrt(inp));
  return {
    Wq: W(d, d, 3), bq: b(d, d), Wk: W(d, d, 3), bk: b(d, d), Wv: W(d, d), bv: b(d, d), Wo: W(d, d), bo: b(d, d),
    W1: W(dff, d), b1: b(dff, d), W2: W(d, dff), b2: b(d, dff),
    g1: r.vector(d, 0.5, 1.5), be1: r.vector(d, -0.2, 0.2), g2: r.vector(d, 0.5, 1.5), be2: r.vector(d, -0.2, 0.2),
  };
}

function randomCase(seed: number, n: number, d: number, h: number, dff: number, mask: 'none' | 'causal' | 'padding', eps = 1e-5): Args {
  const r = rng(seed);
  const x = r.normalMatrix(n, d);
  let M: number[][] | null = null;
  if (mask === 'causal') M = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? 1 : 0)));
  if (mask === 'padding') {
    const valid = Math.max(1, n - r.int(1, Math.max(1, Math.floor(n / 2))));
    M = Array.from({ length: n }, () => Array.from({ length: n }, (_, j) => (j < valid ? 1 : 0)));
  }
  return [x, randomParams(r, d, dff), h, M, eps];
}

export default defineTests({
  cases: [
    { name: 'worked example: one token', sample: true, args: [[[1, 2, 3, 6]], identityParams(4), 2, null, 0] },
    { name: 'three tokens, two heads', sample: true, args: randomCase(701, 3, 4, 2, 8, 'none') },
    { name: 'one head', args: randomCase(702, 5, 6, 1, 12, 'none') },
    { name: 'heads of width 1', args: randomCase(703, 4, 4, 4, 8, 'none') },
    { name: 'causal mask', args: randomCase(704, 6, 8, 2, 16, 'causal') },
    { name: 'padding mask', args: randomCase(705, 6, 8, 4, 16, 'padding') },
    { name: 'sequence of length 1', args: randomCase(706, 1, 6, 3, 6, 'none') },
    { name: 'feed-forward narrower than the model', args: randomCase(707, 5, 8, 2, 3, 'none') },
    { name: 'feed-forward of width 1', args: randomCase(708, 4, 4, 2, 1, 'none') },
    { name: 'all-zero weights give LN(LN(x))', args: (() => {
      const a = randomCase(709, 4, 6, 2, 5, 'none');
      const p = a[1];
      for (const key of ['Wq', 'Wk', 'Wv', 'Wo', 'W1', 'W2'] as const) p[key] = p[key].map((row) => row.map(() => 0));
      for (const key of ['bq', 'bk', 'bv', 'bo', 'b1', 'b2'] as const) p[key] = zeros(p[key].length);
      return a;
    })() },
    { name: 'large inputs (stable softmax)', args: (() => { const a = randomCase(710, 5, 8, 2, 8, 'none'); a[0] = a[0].map((row) => row.map((v) => 8 * v)); return a; })() },
    { name: 'model width not divisible by the heads throws', args: randomCase(711, 3, 6, 4, 8, 'none'), expectError: true },
    { name: 'mask of the wrong shape throws', args: (() => { const a = randomCase(712, 3, 4, 2, 8, 'none'); a[3] = [[1, 1], [1, 1]]; return a; })(), expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(720 + i);
      const h = r.int(1, 4);
      return { name: `random ${i + 1}`, args: randomCase(740 + i, r.int(1, 7), h * r.int(1, 4), h, r.int(1, 24), (['none', 'causal', 'padding'] as const)[i % 3]!) };
    }),
    { name: 'large: 48 tokens, d = 48, 6 heads, d_ff = 192', args: randomCase(799, 48, 48, 6, 192, 'padding'), weight: 2 },
  ],
});
