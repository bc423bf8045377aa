import { defineTests, rng } from '../../grader/kit.ts';

function permutation(r: ReturnType<typeof rng>, n: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/** A well-scaled MLP of the given layer sizes; one-hot targets; a shuffled order per epoch. */
function randomCase(seed: number, n: number, sizes: number[], epochs: number, lr: number, batchSize: number, identity = false) {
  const r = rng(seed);
  const X = r.matrix(n, sizes[0]!, -1.5, 1.5);
  const K = sizes[sizes.length - 1]!;
  const Y = Array.from({ length: n }, () => { const c = r.int(0, K - 1); return Array.from({ length: K }, (_, k) => (k === c ? 1 : 0)); });
  const weights = sizes.slice(1).map((out, l) => r.matrix(sizes[l]!, out, -1 / Math.sqrt(sizes[l]!), 1 / Math.sqrt(sizes[l]!)).map((row) => row.map((v) => 1.7 * v)));
  const biases = sizes.slice(1).map((out) => r.vector(out, -0.1, 0.1));
  const perms = Array.from({ length: epochs }, () => (identity ? Array.from({ length: n }, (_, i) => i) : permutation(r, n)));
  return [X, Y, weights, biases, epochs, lr, batchSize, perms];
}

const X3 = [[1, 2], [0.5, -1], [-1, 0.5]];
const Y3 = [[1, 0], [0, 1], [0, 1]];
const W = [[[0.5, -0.5, 1], [0.25, 0.5, -0.5]], [[1, -1], [-0.5, 0.5], [0.25, 0.75]]];
const B = [[0, 0.1, -0.1], [0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X3, Y3, W, B, 2, 0.5, 2, [[2, 0, 1], [1, 2, 0]]] },
    { name: 'one epoch, full batch', sample: true, args: [X3, Y3, W, B, 1, 0.5, 3, [[0, 1, 2]]] },
    { name: '10 samples in batches of 4', args: randomCase(4101, 10, [3, 5, 3], 3, 0.3, 4) },
    { name: 'batch larger than the data set', args: randomCase(4102, 7, [2, 4, 2], 4, 0.5, 50) },
    { name: 'lr = 0 keeps the parameters', args: randomCase(4103, 8, [3, 4, 3], 2, 0, 3) },
    { name: 'identity permutations', args: randomCase(4104, 9, [4, 6, 3], 5, 0.2, 2, true) },
    { name: 'two hidden layers', args: randomCase(4105, 12, [3, 6, 5, 4], 11, 0.1, 5) },
    { name: 'no hidden layer (softmax regression)', args: randomCase(4106, 10, [4, 3], 12, 0.4, 3) },
    { name: 'zero epochs', args: randomCase(4107, 5, [2, 3, 2], 0, 0.1, 2) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4200 + i);
      const n = r.int(6, 30);
      const sizes = [r.int(2, 5), r.int(3, 8), ...(i % 2 ? [r.int(2, 6)] : []), r.int(2, 4)];
      return { name: `random ${i + 1}`, args: randomCase(4210 + i, n, sizes, r.int(2, 20), r.uniform(0.05, 0.5), r.int(1, n)) };
    }),
    { name: 'large: 200 samples, 8 → 32 → 16 → 4, 20 epochs', args: randomCase(4300, 200, [8, 32, 16, 4], 20, 0.1, 16), weight: 2 },
    { name: 'a permutation with a repeated index throws', args: [X3, Y3, W, B, 1, 0.5, 2, [[0, 0, 1]]], expectError: true },
    { name: 'missing permutations throw', args: [X3, Y3, W, B, 2, 0.5, 2, [[0, 1, 2]]], expectError: true },
    { name: 'layers that do not chain throw', args: [X3, Y3, [W[0], [[1, -1], [0.5, 0.5]]], B, 1, 0.5, 2, [[0, 1, 2]]], expectError: true },
    { name: 'batch size 0 throws', args: [X3, Y3, W, B, 1, 0.5, 0, [[0, 1, 2]]], expectError: true },
  ],
});
