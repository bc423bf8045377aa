import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, B: number, T: number, V: number, D: number, H: number, K: number, scale = 0.6) {
  const r = rng(seed);
  const tokens = Array.from({ length: B }, () => Array.from({ length: T }, () => r.int(0, V - 1)));
  return [tokens, r.matrix(V, D, -1, 1), r.matrix(4 * H, D, -scale, scale), r.matrix(4 * H, H, -scale, scale),
    r.vector(4 * H, -0.3, 0.3), r.vector(4 * H, -0.3, 0.3), r.matrix(K, H, -1, 1), r.vector(K, -0.2, 0.2)];
}

const example = [[[0, 1], [2, 2]], [[1, 0], [0, 1], [0.5, -0.5]], [[1, 0], [0, 1], [0.5, 0], [1, 1]], [[0], [0], [0], [0]], [0, 0, 0, 0], [0, 0, 0, 0], [[2], [-1]], [0.1, 0]];
const zeros = (m: number, n: number) => Array.from({ length: m }, () => new Array(n).fill(0));
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'a batch of three sequences', sample: true, args: randomCase(5101, 3, 4, 6, 3, 2, 3) },
    { name: 'one time step', args: randomCase(5102, 2, 1, 5, 3, 4, 2) },
    { name: 'one sequence', args: randomCase(5103, 1, 7, 8, 4, 3, 3) },
    { name: 'saturated gates', args: randomCase(5104, 2, 6, 5, 3, 3, 2, 8) },
    { name: 'zero LSTM weights give the classifier bias', args: (() => { const c: unknown[] = randomCase(5105, 2, 3, 4, 2, 3, 2); c[2] = zeros(12, 2); c[3] = zeros(12, 3); c[4] = c[5] = new Array(12).fill(0); return c; })() },
    { name: 'a repeated token', args: (() => { const c = randomCase(5106, 2, 6, 5, 3, 3, 2); c[0] = [[3, 3, 3, 3, 3, 3], [1, 3, 1, 3, 1, 3]]; return c; })() },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5200 + i);
      return { name: `random ${i + 1}`, args: randomCase(5210 + i, r.int(1, 5), r.int(1, 12), r.int(2, 20), r.int(1, 6), r.int(2, 6), r.int(2, 5)) };
    }),
    { name: 'large: 8 sequences of 20 tokens, 32 hidden units', args: randomCase(5300, 8, 20, 200, 16, 32, 5, 0.3), weight: 2 },
    { name: 'a token id out of range throws', args: replace(example, 0, [[0, 3], [2, 2]]), expectError: true },
    { name: 'ragged sequences throw', args: replace(example, 0, [[0, 1], [2]]), expectError: true },
    { name: 'a gate matrix of the wrong height throws', args: replace(example, 2, [[1, 0], [0, 1], [0.5, 0]]), expectError: true },
    { name: 'a classifier of the wrong width throws', args: replace(example, 6, [[2, 1], [-1, 0]]), expectError: true },
  ],
});
