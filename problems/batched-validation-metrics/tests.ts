import { defineTests, rng } from '../../grader/kit.ts';

/** Batches of the given sizes with K classes; logits scaled by `scale`, labels usually the argmax. */
function randomCase(seed: number, sizes: number[], K: number, scale = 2): [number[][][], number[][]] {
  const r = rng(seed);
  const logits = sizes.map((b) => r.normalMatrix(b, K, 0, scale));
  const labels = logits.map((batch) => batch.map((z) => (r.uniform() < 0.6 ? z.indexOf(Math.max(...z)) : r.int(0, K - 1))));
  return [logits, labels];
}

/** A DataLoader over N samples with batch size B: full batches and a smaller last one. */
const loader = (N: number, B: number) => Array.from({ length: Math.ceil(N / B) }, (_, i) => Math.min(B, N - i * B));

export default defineTests({
  cases: [
    { name: 'a smaller last batch', sample: true, args: [[[[2, 0, 0], [0, 1, 0], [0, 0, 3]], [[1, 1, 0]]], [[0, 1, 1], [1]]] },
    { name: 'one batch', sample: true, args: [[[[0.5, -0.5], [-1, 2], [3, 3.5]]], [[0, 1, 0]]] },
    { name: 'logits in the thousands', args: [[[[1000, 0, -1000], [-1000, 1000, 999]], [[0, 1200, 0]]], [[0, 2], [1]]] },
    { name: 'confidently wrong', args: [[[[800, -800]], [[0, 0]]], [[1], [0]]] },
    { name: 'ties take the first index', args: [[[[1, 1, 1], [0, 2, 2]], [[5, 5, 0]]], [[2, 2], [1]]] },
    { name: 'a last batch of size 1', args: randomCase(9001, loader(33, 8), 4) },
    { name: 'equal batch sizes make the two means equal', args: randomCase(9002, loader(40, 8), 3) },
    { name: 'one class', args: [[[[3], [-2]], [[0.5]]], [[0, 0], [0]]] },
    { name: 'no batches throw', args: [[], []], expectError: true },
    { name: 'an empty batch throws', args: [[[[1, 0]], []], [[0], []]], expectError: true },
    { name: 'a missing label throws', args: [[[[1, 0], [0, 1]]], [[0]]], expectError: true },
    { name: 'a label out of range throws', args: [[[[1, 0]]], [[2]]], expectError: true },
    { name: 'a fractional label throws', args: [[[[1, 0]]], [[0.5]]], expectError: true },
    { name: 'different class counts throw', args: [[[[1, 0]], [[1, 0, 0]]], [[0], [0]]], expectError: true },
    { name: 'a NaN logit throws', args: [[[[1, NaN]]], [[0]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(9100 + i, loader(20 + 37 * i, 4 + 3 * i), 2 + 2 * i, 1 + i) })),
    { name: 'large: 5 000 samples in batches of 64, 100 classes', args: randomCase(9199, loader(5000, 64), 100, 3), weight: 2 },
  ],
});
