import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[][], number[], number[][], number[]];

/** Random network and batch; an example is redrawn while one of its hidden pre-activations is within 1e-3 of the ReLU kink. */
function randomCase(seed: number, n: number, D: number, H: number, scale = 1, allZero = false): Args {
  const r = rng(seed);
  const W1 = r.matrix(D, H, -1, 1), b1 = r.vector(H, -0.3, 0.3);
  const W2 = r.matrix(H, 1, -scale, scale), b2 = [r.uniform(-0.3, 0.3)];
  const X: number[][] = [];
  while (X.length < n) {
    const x = r.normalMatrix(1, D)[0]!;
    if (b1.every((b, j) => Math.abs(x.reduce((s, v, a) => s + v * W1[a]![j]!, b)) > 1e-3)) X.push(x);
  }
  const y = Array.from({ length: n }, () => (allZero ? 0 : r.uniform() < 0.5 ? 1 : 0));
  return [X, y, W1, b1, W2, b2];
}

const EX: Args = [[[1, 2], [-1, 0.5]], [1, 0], [[0.5, -1], [0.25, 0.5]], [0, 0.1], [[1], [-2]], [0.2]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: EX },
    { name: 'three examples, three hidden units', sample: true, args: randomCase(5201, 3, 2, 3) },
    { name: 'a dead hidden unit gets zero gradients', args: (() => { const a = randomCase(5202, 5, 3, 4); a[3] = a[3].map((v, j) => (j === 2 ? -50 : v)); return a; })() },
    { name: 'a pre-activation of exactly 0 passes no gradient', args: [[[1, 1], [2, -1]], [1, 0], [[1, -1], [-1, 0.5]], [0, 0.2], [[1.5], [-1]], [0]] },
    { name: 'batch of one', args: randomCase(5203, 1, 4, 3) },
    { name: 'hidden width 1', args: randomCase(5204, 6, 3, 1) },
    { name: 'all labels 0', args: randomCase(5205, 5, 2, 3, 1, true) },
    { name: 'saturated output (stable loss)', args: randomCase(5206, 4, 3, 3, 40) },
    { name: 'labels other than 0/1 throw', args: [EX[0], [1, 0.5], EX[2], EX[3], EX[4], EX[5]], expectError: true },
    { name: 'W2 with more than one column throws', args: [EX[0], EX[1], EX[2], EX[3], [[1, 0], [-2, 0]], EX[5]], expectError: true },
    { name: 'X of the wrong width throws', args: [[[1, 2, 3]], [1], EX[2], EX[3], EX[4], EX[5]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5220 + i);
      return { name: `random ${i + 1}`, args: randomCase(5240 + i, r.int(2, 16), r.int(1, 6), r.int(1, 8), r.uniform(0.5, 2)) };
    }),
    { name: 'large: 512 examples, 32 features, 64 hidden units', args: randomCase(5299, 512, 32, 64), weight: 2 },
  ],
});
