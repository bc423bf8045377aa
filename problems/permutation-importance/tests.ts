import { defineTests, rng } from '../../grader/kit.ts';

function permutation(r: ReturnType<typeof rng>, n: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [p[i], p[j]] = [p[j]!, p[i]!]; }
  return p;
}

/** A linear signal with noise, the model's own weights perturbed, R shuffles per feature. */
function randomCase(seed: number, n: number, p: number, R: number) {
  const r = rng(seed);
  const X = r.normalMatrix(n, p);
  const truth = r.vector(p, -2, 2);
  const y = X.map((row) => row.reduce((s, x, j) => s + x * truth[j]!, 0.5) + r.normal(0, 0.3));
  const w = truth.map((t) => t + r.normal(0, 0.1));
  return [X, y, w, 0.5, Array.from({ length: p }, () => Array.from({ length: R }, () => permutation(r, n)))];
}

const X4 = [[1, 0], [2, 1], [3, 0], [4, 1]];
const example = [X4, [1, 2, 3, 4], [1, 0.5], 0, [[[1, 0, 3, 2], [3, 2, 1, 0]], [[0, 1, 2, 3], [1, 0, 3, 2]]]];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'three features, five repeats', sample: true, args: randomCase(15101, 12, 3, 5) },
    { name: 'identity permutations give zero importance', args: (() => { const c = randomCase(15102, 10, 3, 2); return replace(c, 4, (c[4] as number[][][]).map((list) => list.map((perm) => perm.map((_, i) => i)))); })() },
    { name: 'a constant column is unimportant', args: (() => { const c = randomCase(15103, 10, 3, 3); return replace(c, 0, (c[0] as number[][]).map((row) => [row[0], 2.5, row[2]])); })() },
    { name: 'a feature with zero weight is exactly unimportant', args: (() => { const c = randomCase(15104, 10, 3, 3); return replace(c, 2, [(c[2] as number[])[0], 0, (c[2] as number[])[2]]); })() },
    { name: 'a bad model can gain from shuffling', args: (() => { const c = randomCase(15105, 12, 2, 4); return replace(c, 2, [-(c[2] as number[])[0]!, (c[2] as number[])[1]]); })() },
    { name: 'one repeat has zero spread', args: randomCase(15106, 9, 3, 1) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(15200 + i);
      return { name: `random ${i + 1}`, args: randomCase(15210 + i, r.int(5, 40), r.int(1, 6), r.int(2, 10)) };
    }),
    { name: 'large: 500 rows, 10 features, 10 repeats', args: randomCase(15300, 500, 10, 10), weight: 2 },
    { name: 'a repeated index is not a permutation and throws', args: replace(example, 4, [[[1, 1, 3, 2], [3, 2, 1, 0]], [[0, 1, 2, 3], [1, 0, 3, 2]]]), expectError: true },
    { name: 'a missing feature in perms throws', args: replace(example, 4, [[[1, 0, 3, 2]]]), expectError: true },
    { name: 'constant targets throw', args: replace(example, 1, [2, 2, 2, 2]), expectError: true },
    { name: 'a row of the wrong width throws', args: replace(example, 0, [[1, 0], [2, 1], [3], [4, 1]]), expectError: true },
  ],
});
