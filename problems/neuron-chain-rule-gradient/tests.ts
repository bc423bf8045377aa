import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, d: number) {
  const r = rng(seed);
  return [r.vector(d, -2, 2), r.vector(d, -1.5, 1.5), r.uniform(-1, 1), r.uniform() < 0.5 ? 0 : 1, r.uniform(0.05, 2)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 2], [0.5, -0.25], 0.1, 1, 0.5] },
    { name: 'saturated neuron', sample: true, args: [[3, -1], [5, -15], 0, 0, 1] },
    { name: 'saturated the other way', args: [[-2, 4], [6, -4.5], 0, 1, 3] },
    { name: 'zero input: only the bias moves', args: [[0, 0, 0], [0.3, -0.7, 1.2], -0.4, 1, 0.8] },
    { name: 'lr = 0 keeps the parameters', args: [[0.5, -1.5], [1.1, 0.2], 0.3, 0, 0] },
    { name: 'target 0 pushes the bias down', args: [[1], [0.2], 0.5, 0, 1] },
    { name: 'prediction equal to the target has zero gradient', args: [[1, 1], [0.25, -0.25], 0, 0.5, 1] },
    { name: 'fractional target', args: [[2, -1, 0.5], [0.4, 0.1, -0.3], 0.2, 0.3, 0.7] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1600 + i, 2 + i) })),
    { name: 'wide input', args: randomCase(1650, 200) },
    { name: 'mismatched lengths throw', args: [[1, 2, 3], [1, 2], 0, 1, 0.1], expectError: true },
    { name: 'empty input throws', args: [[], [], 0, 1, 0.1], expectError: true },
    { name: 'negative learning rate throws', args: [[1], [1], 0, 1, -0.1], expectError: true },
    { name: 'a non-finite input throws', args: [[1, Number.NaN], [1, 1], 0, 1, 0.1], expectError: true },
  ],
});
