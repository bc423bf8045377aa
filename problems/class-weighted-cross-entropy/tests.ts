import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, N: number, K: number, B: number, power: number, logitScale: number) {
  const r = rng(seed);
  // imbalanced class frequencies
  const freq = Array.from({ length: K }, (_, c) => Math.pow(0.6, c));
  const tot = freq.reduce((a, b) => a + b, 0);
  const draw = () => { let u = r.uniform(0, tot); for (let c = 0; c < K; c++) { u -= freq[c]!; if (u < 0) return c; } return K - 1; };
  const trainLabels = Array.from({ length: N }, draw);
  const present = [...new Set(trainLabels)];
  const batchLabels = Array.from({ length: B }, () => present[r.int(0, present.length - 1)]!);
  const logits = Array.from({ length: B }, () => Array.from({ length: K }, () => logitScale * r.normal()));
  return [trainLabels, K, power, logits, batchLabels];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[0, 0, 0, 1], 2, 1, [[2, 0], [0, 0]], [0, 1]] },
    { name: 'square-root dampening, three classes', sample: true, args: [[0, 0, 0, 0, 0, 0, 1, 1, 2], 3, 0.5, [[1, 0.5, -1], [0.2, 0.1, 2], [-1, 3, 0]], [0, 2, 1]] },
    { name: 'absent top classes get weight 0', args: [[0, 1, 1, 0, 1], 4, 1, [[0.5, 1, -0.5, 2], [1, 0, 0, 0]], [1, 0]] },
    { name: 'absent middle class', args: [[0, 0, 2, 2, 2], 3, 0.5, [[1, 2, 3], [3, 2, 1], [0, 0, 0]], [0, 2, 2]] },
    { name: 'balanced classes give weight 1', args: [[0, 1, 2, 0, 1, 2], 3, 1, [[1, 2, 3], [0, 0, 1]], [2, 0]] },
    { name: 'power 0 is the plain mean', args: [[0, 0, 0, 1], 2, 0, [[2, 0], [0, 3], [1, 1]], [0, 1, 1]] },
    { name: 'logits of 1000', args: [[0, 1, 1, 1], 2, 1, [[1000, -1000], [1000, 0], [-1000, 1000]], [0, 1, 1]] },
    { name: 'batch of one', args: [[0, 1, 1, 2, 2, 2], 3, 1, [[0.3, -0.2, 0.9]], [1]] },
    { name: 'training label out of range throws', expectError: true, args: [[0, 1, 3], 3, 1, [[1, 2, 3]], [0]] },
    { name: 'fractional batch label throws', expectError: true, args: [[0, 1, 2], 3, 1, [[1, 2, 3]], [0.5]] },
    { name: 'logits row of the wrong length throws', expectError: true, args: [[0, 1, 2], 3, 1, [[1, 2, 3], [4, 5]], [0, 1]] },
    { name: 'batch label out of range throws', args: [[0, 1], 2, 1, [[1, 2]], [2]], expectError: true },
    { name: 'batch of absent classes only throws', args: [[0, 0, 1], 3, 1, [[1, 2, 3]], [2]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(130 + i);
      return { name: `random ${i + 1}`, args: randomCase(140 + i, r.int(10, 60), r.int(2, 6), r.int(1, 12), [1, 0.5, 0.25, 2, 1][i]!, r.uniform(0.5, 8)) };
    }),
    { name: 'large: 20000 labels, 10 classes, batch 2000', args: randomCase(777, 20000, 10, 2000, 0.5, 5), weight: 2 },
  ],
});
