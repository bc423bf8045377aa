import { defineTests, rng } from '../../grader/kit.ts';

const KINDS = ['relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'swish'] as const;

function randomCase(seed: number, n: number, kind: (typeof KINDS)[number]) {
  const r = rng(seed);
  const z = r.vector(n, -8, 8);
  const param = kind === 'leaky_relu' ? r.uniform(0.01, 0.5) : kind === 'elu' ? r.uniform(0.2, 2) : kind === 'swish' ? r.uniform(0.5, 2) : 0;
  return [z, kind, param];
}

export default defineTests({
  cases: [
    { name: 'relu with a zero', sample: true, args: [[-2, 0, 3], 'relu', 0] },
    { name: 'sigmoid', sample: true, args: [[0, 2], 'sigmoid', 0] },
    { name: 'leaky relu, alpha 0.1', sample: true, args: [[-1, 0, 1], 'leaky_relu', 0.1] },
    { name: 'relu at 0 and -0', args: [[0, -0, 1e-300, -1e-300], 'relu', 0] },
    { name: 'leaky relu at 0 and -0, alpha 0.01', args: [[0, -0, -3, 4], 'leaky_relu', 0.01] },
    { name: 'leaky relu, alpha 0.2', args: [[-5, -0.5, 0, 0.5, 5], 'leaky_relu', 0.2] },
    { name: 'leaky relu, alpha 0 is relu', args: [[-2, 0, 2], 'leaky_relu', 0] },
    { name: 'elu at 0, alpha 0.5', args: [[-3, -1, 0, -0, 1], 'elu', 0.5] },
    { name: 'elu, alpha 1', args: [[-20, -2, -0.1, 0.1, 2], 'elu', 1] },
    { name: 'sigmoid at +-1000', args: [[-1000, -40, 0, 40, 1000], 'sigmoid', 0] },
    { name: 'tanh at +-1000', args: [[-1000, -20, 0, 20, 1000], 'tanh', 0] },
    { name: 'swish at +-1000', args: [[-1000, -1, 0, 1, 1000], 'swish', 1] },
    { name: 'swish, beta 1.5, at 0', args: [[-2, 0, 2], 'swish', 1.5] },
    { name: 'relu at +-1000', args: [[-1000, 1000], 'relu', 0] },
    { name: 'one element', args: [[0.75], 'tanh', 0] },
    { name: 'empty input', args: [[], 'sigmoid', 0] },
    { name: 'NaN propagates', nanEqual: true, args: [[NaN, 1, NaN], 'relu', 0] },
    { name: 'NaN propagates through sigmoid', nanEqual: true, args: [[NaN, -1], 'sigmoid', 0] },
    { name: 'leaky relu with alpha >= 1 throws', expectError: true, args: [[1, -1], 'leaky_relu', 1.5] },
    { name: 'leaky relu with alpha exactly 1 throws', expectError: true, args: [[1, -1], 'leaky_relu', 1] },
    { name: 'leaky relu with negative alpha throws', expectError: true, args: [[1, -1], 'leaky_relu', -0.1] },
    { name: 'negative elu alpha throws', expectError: true, args: [[1, -1], 'elu', -0.5] },
    { name: 'unknown kind throws', expectError: true, args: [[1, -1], 'softplus', 0] },
    ...KINDS.map((kind, i) => {
      const r = rng(300 + i);
      return { name: `random ${kind}`, args: randomCase(400 + i, r.int(5, 60), kind) };
    }),
    { name: 'large: 40000 swish values', args: randomCase(4242, 40000, 'swish'), weight: 2 },
  ],
});
