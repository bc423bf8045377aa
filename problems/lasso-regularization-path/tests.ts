import { defineTests, rng } from '../../grader/kit.ts';
import { centred, elasticNetSolve } from '../../grader/reference-kit/coordinate-descent.ts';

const FIT = [100000, 1e-12]; // maxIter, tol passed to the candidate

/** The zero pattern at alpha has a margin: zeros well inside the threshold, non-zeros clearly non-zero. */
function hasMargin(X: number[][], y: number[], alpha: number): boolean {
  const { coef, corr } = elasticNetSolve(X, y, alpha, 1);
  return coef.every((w, j) => (w === 0 ? Math.abs(corr[j]!) <= alpha - 1e-6 : Math.abs(w) > 1e-5));
}

/** Sparse truth plus noise; `count` alphas spread over [0.005, 1.3]·α_max on a log scale, kept where the zero pattern has a margin. */
function randomCase(seed: number, n: number, p: number, count: number, order: 'descending' | 'shuffled', offset = 0) {
  const r = rng(seed);
  const X = r.normalMatrix(n, p).map((row) => row.map((v, j) => offset * (j + 1) + v * (0.5 + j / p)));
  const truth = Array.from({ length: p }, () => (r.uniform() < 0.5 ? 0 : r.uniform(-3, 3)));
  const y = X.map((row) => 1.5 + row.reduce((s, v, j) => s + v * truth[j]!, 0) + r.normal(0, 0.5));
  const { Xc, yc } = centred(X, y);
  const alphaMax = Math.max(...Xc[0]!.map((_, j) => Math.abs(Xc.reduce((s, row, i) => s + row[j]! * yc[i]!, 0)) / n));
  const alphas: number[] = [];
  while (alphas.length < count) {
    const a = alphaMax * 10 ** r.uniform(Math.log10(0.005), Math.log10(1.3));
    if (hasMargin(X, y, a)) alphas.push(a);
  }
  alphas.sort((a, b) => b - a);
  if (order === 'shuffled') for (let i = count - 1; i > 0; i--) { const j = r.int(0, i); [alphas[i], alphas[j]] = [alphas[j]!, alphas[i]!]; }
  return [X, y, alphas, ...FIT];
}

const X4 = [[3, 1], [3, -1], [1, 1], [1, -1]];
const Y4 = [8, 6, 4, 2];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X4, Y4, [3, 1.5, 0.5, 0], ...FIT] },
    { name: 'a descending path of ten', sample: true, args: randomCase(13101, 30, 5, 10, 'descending') },
    { name: 'unsorted alphas', args: randomCase(13102, 25, 4, 8, 'shuffled') },
    { name: 'repeated alphas', args: (() => { const c = randomCase(13103, 20, 3, 3, 'descending'); c[2] = [...(c[2] as number[]), ...(c[2] as number[])]; return c; })() },
    { name: 'every alpha above alpha_max', args: [X4, Y4, [2, 5, 100], ...FIT] },
    { name: 'one feature', args: randomCase(13104, 15, 1, 5, 'descending') },
    { name: 'features far from zero mean', args: randomCase(13105, 30, 4, 6, 'descending', 25) },
    { name: 'a constant column stays at zero', args: (() => { const c = randomCase(13106, 20, 3, 5, 'descending'); c[0] = (c[0] as number[][]).map((row) => [...row, 4]); return c; })() },
    { name: 'no alphas', args: [X4, Y4, [], ...FIT] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(13200 + i);
      return { name: `random ${i + 1}`, args: randomCase(13210 + i, r.int(10, 60), r.int(2, 8), r.int(3, 15), i % 2 ? 'shuffled' : 'descending') };
    }),
    { name: 'large: 200 rows, 20 features, 50 alphas', args: randomCase(13300, 200, 20, 50, 'descending'), weight: 2 },
    { name: 'a negative alpha throws', args: [X4, Y4, [1, -0.5], ...FIT], expectError: true },
    { name: 'y of the wrong length throws', args: [X4, [8, 6, 4], [1], ...FIT], expectError: true },
    { name: 'an empty X throws', args: [[], [], [1], ...FIT], expectError: true },
  ],
});
