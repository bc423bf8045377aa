import { defineTests, rng } from '../../grader/kit.ts';

type Act = 'linear' | 'relu' | 'sigmoid' | 'tanh';
type Args = [number[][], number[][], number[], Act];

function randomCase(seed: number, n: number, inDim: number, outDim: number, act: Act, scale = 1): Args {
  const r = rng(seed);
  return [r.normalMatrix(n, inDim, 0, scale), r.matrix(inDim, outDim, -1, 1), r.vector(outDim, -0.5, 0.5), act];
}

const X = [[1, 2], [-1, 0.5]];
const W = [[0.5, -1, 0], [0.25, 0.5, 2]];
const B = [0, 0.5, -1];

export default defineTests({
  cases: [
    { name: 'worked example: linear', sample: true, args: [X, W, B, 'linear'] },
    { name: 'worked example: sigmoid', sample: true, args: [X, W, B, 'sigmoid'] },
    { name: 'ReLU zeroes negative pre-activations', args: [X, W, B, 'relu'] },
    { name: 'tanh', args: randomCase(2601, 4, 3, 5, 'tanh') },
    { name: 'huge pre-activations through tanh', args: randomCase(2602, 3, 4, 2, 'tanh', 800) },
    { name: 'huge pre-activations through sigmoid', args: randomCase(2603, 3, 4, 2, 'sigmoid', 800) },
    { name: 'batch of one', args: randomCase(2604, 1, 5, 3, 'relu') },
    { name: 'one input feature', args: randomCase(2605, 4, 1, 3, 'linear') },
    { name: 'one output unit', args: randomCase(2606, 5, 3, 1, 'sigmoid') },
    { name: 'more outputs than inputs', args: randomCase(2607, 3, 2, 6, 'linear') },
    { name: 'empty batch', args: [[], W, B, 'relu'] },
    { name: 'input width mismatch throws', args: [[[1, 2, 3]], W, B, 'linear'], expectError: true },
    { name: 'W and b disagree throws', args: [X, W, [0, 0], 'linear'], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2620 + i);
      return { name: `random ${i + 1}`, args: randomCase(2640 + i, r.int(1, 10), r.int(1, 8), r.int(1, 8), (['linear', 'relu', 'sigmoid', 'tanh', 'relu'] as const)[i]!, r.uniform(0.5, 3)) };
    }),
    { name: 'large: 256 × 128 input, 128 units', args: randomCase(2699, 256, 128, 128, 'relu'), weight: 2 },
  ],
});
