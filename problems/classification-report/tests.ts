import { defineTests, rng } from '../../grader/kit.ts';

/** Labels from K classes with skewed frequencies; predictions correct with probability `acc`, otherwise uniform. */
function randomCase(seed: number, n: number, K: number, acc: number): [number[], number[], number] {
  const r = rng(seed);
  const weights = Array.from({ length: K }, (_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const draw = () => {
    let u = r.uniform() * total;
    for (let k = 0; k < K; k++) if ((u -= weights[k]!) < 0) return k;
    return K - 1;
  };
  const yTrue = Array.from({ length: n }, draw);
  const yPred = yTrue.map((y) => (r.uniform() < acc ? y : r.int(0, K - 1)));
  return [yTrue, yPred, K];
}

export default defineTests({
  cases: [
    { name: 'three classes', sample: true, args: [[0, 0, 1, 1, 1, 2, 2, 2, 2, 0], [0, 1, 1, 1, 0, 2, 2, 1, 2, 0], 3] },
    { name: 'binary, perfect', sample: true, args: [[0, 1, 1, 0], [0, 1, 1, 0], 2] },
    { name: 'imbalanced three classes', args: [[0, 0, 0, 0, 0, 0, 0, 1, 1, 2], [0, 0, 0, 0, 0, 1, 2, 1, 0, 2], 3] },
    { name: 'class never predicted', args: [[0, 1, 2, 2, 1, 0], [0, 0, 2, 2, 0, 0], 3] },
    { name: 'class absent from the labels', args: [[0, 0, 1, 1], [0, 2, 1, 1], 3] },
    { name: 'a class nobody has', args: [[0, 1, 0, 1, 1], [0, 1, 1, 1, 0], 4] },
    { name: 'everything wrong', args: [[0, 1, 0, 1], [1, 0, 1, 0], 2] },
    { name: 'single class', args: [[0, 0, 0], [0, 0, 0], 1] },
    { name: 'label equal to K throws', args: [[0, 1, 2], [0, 1, 1], 2], expectError: true },
    { name: 'negative label throws', args: [[0, -1], [0, 1], 2], expectError: true },
    { name: 'length mismatch throws', args: [[0, 1, 1], [0, 1], 2], expectError: true },
    { name: 'empty input throws', args: [[], [], 2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1800 + i, 15 + 25 * i, 2 + i, 0.4 + 0.1 * i) })),
    { name: 'large: 50000 labels, 20 classes', args: randomCase(1899, 50_000, 20, 0.6), weight: 2 },
  ],
});
