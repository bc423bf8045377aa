import { defineTests, rng } from '../../grader/kit.ts';

/** N softmax rows over K classes; `sharpness` controls how confident each row is. */
function randomCase(seed: number, N: number, K: number, sharpness: number): [number[][]] {
  const r = rng(seed);
  return [Array.from({ length: N }, () => {
    const logits = Array.from({ length: K }, () => sharpness * r.normal());
    const m = Math.max(...logits);
    const e = logits.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  })];
}

export default defineTests({
  cases: [
    { name: 'four samples, two classes', sample: true, args: [[[0.9, 0.1], [0.8, 0.2], [0.1, 0.9], [0.2, 0.8]]] },
    { name: 'one-hot rows over every class', sample: true, args: [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]] },
    { name: 'four samples, three classes', args: [[[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6], [0.5, 0.3, 0.2]]] },
    { name: 'identical rows give 1', args: [[[0.2, 0.5, 0.3], [0.2, 0.5, 0.3], [0.2, 0.5, 0.3]]] },
    { name: 'confident classifier with zeros', args: [[[1, 0, 0, 0], [0, 1, 0, 0], [0.5, 0.5, 0, 0], [0, 0, 0.9, 0.1]]] },
    { name: 'unbalanced classes', args: [[[0.9, 0.1], [0.95, 0.05], [0.85, 0.15], [0.3, 0.7]]] },
    { name: 'a single sample', args: [[[0.3, 0.7]]] },
    { name: 'one class', args: [[[1], [1]]] },
    { name: 'row not summing to 1 throws', args: [[[0.5, 0.6]]], expectError: true },
    { name: 'negative probability throws', args: [[[1.2, -0.2]]], expectError: true },
    { name: 'ragged rows throw', args: [[[0.5, 0.5], [1]]], expectError: true },
    { name: 'no samples throws', args: [[]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(6000 + i, 5 + 20 * i, 2 + 3 * i, 0.5 + i) })),
    { name: 'large: 5000 samples, 50 classes', args: randomCase(6099, 5000, 50, 3), weight: 2 },
  ],
});
