import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[][], number[], number[][], number[], number];

/** Random network; hidden pre-activations are kept at least 0.05 away from the ReLU kink. */
function randomCase(seed: number, D: number, H: number, C: number): Args {
  const r = rng(seed);
  for (;;) {
    const x = r.normalMatrix(1, D)[0]!;
    const W1 = r.matrix(D, H, -1, 1), b1 = r.vector(H, -0.5, 0.5), W2 = r.matrix(H, C, -1, 1), b2 = r.vector(C, -0.5, 0.5);
    const z1 = b1.map((b, j) => x.reduce((s, xi, i) => s + xi * W1[i]![j]!, b));
    if (z1.every((z) => Math.abs(z) > 0.05)) return [x, W1, b1, W2, b2, r.int(0, C - 1)];
  }
}

const EX: Args = [[1, -1], [[1, -1, 0.5], [0.5, 1, -1]], [0, 0, 0.2], [[1, -1], [2, 0], [-1, 3]], [0, 0], 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: EX },
    { name: 'the other class', sample: true, args: [...EX.slice(0, 5), 0] as Args },
    { name: 'every hidden unit dead gives zeros', args: [[1, 2], [[-1, -2], [-1, -1]], [-0.5, -0.5], [[1, 2], [3, 4]], [0, 0], 0] },
    { name: 'a pre-activation of exactly 0 passes no gradient', args: [[1, 1], [[1, -1], [-1, 1]], [0, 0.5], [[5, 1], [2, 1]], [0, 0], 0] },
    { name: 'gradients of both signs (absolute value)', args: randomCase(4601, 4, 6, 3) },
    { name: 'logit, not probability', args: randomCase(4602, 3, 5, 4) },
    { name: 'one input feature', args: randomCase(4603, 1, 4, 2) },
    { name: 'one hidden unit', args: randomCase(4604, 5, 1, 3) },
    { name: 'class out of range throws', args: [...EX.slice(0, 5), 2] as Args, expectError: true },
    { name: 'W1 of the wrong shape throws', args: [[1, -1, 0], ...EX.slice(1)] as Args, expectError: true },
    { name: 'W2 of the wrong shape throws', args: [EX[0], EX[1], EX[2], [[1, -1], [2, 0]], EX[4], 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4620 + i);
      return { name: `random ${i + 1}`, args: randomCase(4640 + i, r.int(1, 10), r.int(1, 12), r.int(2, 6)) };
    }),
    { name: 'large: 400 inputs, 128 hidden units, 10 classes', args: randomCase(4699, 400, 128, 10), weight: 2 },
  ],
});
