import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[][], number[][], boolean];

function randomCase(seed: number, n: number, m: number, d: number, dv: number, causal: boolean, scale = 1): Args {
  const r = rng(seed);
  return [r.normalMatrix(n, d, 0, scale), r.normalMatrix(m, d, 0, scale), r.normalMatrix(m, dv), r.normalMatrix(n, dv), causal];
}

const I2 = [[1, 0], [0, 1]];
const V2 = [[1, 2], [3, 4]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [I2, I2, V2, I2, false] },
    { name: 'worked example, causal', sample: true, args: [I2, I2, V2, I2, true] },
    { name: 'cross-attention: 3 queries, 5 keys', args: randomCase(501, 3, 5, 4, 2, false) },
    { name: 'causal, eight tokens', args: randomCase(502, 8, 8, 4, 3, true) },
    { name: 'causal, one token', args: randomCase(503, 1, 1, 3, 2, true) },
    { name: 'key width 1', args: randomCase(504, 4, 4, 1, 2, false) },
    { name: 'value width differs from key width', args: randomCase(505, 4, 6, 2, 5, false) },
    { name: 'large scores (stable softmax needed)', args: randomCase(506, 5, 5, 4, 3, false, 12) },
    { name: 'identical value rows give zero dQ and dK', args: (() => { const a = randomCase(507, 4, 4, 3, 2, false); a[2] = a[2].map(() => [0.5, -1.5]); return a; })(), tolerance: { rtol: 1e-6, atol: 1e-12 } },
    { name: 'zero upstream gradient', args: (() => { const a = randomCase(508, 3, 4, 2, 2, false); a[3] = a[3].map((r) => r.map(() => 0)); return a; })() },
    { name: 'dOut of the wrong shape throws', args: [I2, I2, V2, [[1, 0, 0], [0, 1, 0]], false], expectError: true },
    { name: 'causal with fewer queries than keys throws', args: randomCase(509, 2, 3, 2, 2, true), expectError: true },
    { name: 'key width different from query width throws', args: [[[1, 0]], [[1, 0, 0]], [[1]], [[1]], false], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(520 + i);
      const causal = i % 2 === 1;
      const n = r.int(1, 7);
      return { name: `random ${i + 1}`, args: randomCase(540 + i, n, causal ? n : r.int(1, 7), r.int(1, 6), r.int(1, 5), causal, r.uniform(0.5, 2)) };
    }),
    { name: 'large: 128 tokens, width 32, causal', args: randomCase(599, 128, 128, 32, 32, true), weight: 2 },
  ],
});
