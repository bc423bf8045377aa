import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[], number];

function randomCase(seed: number, n: number, labels: number[], posLabel: number, accuracy: number): Args {
  const r = rng(seed);
  const pick = () => labels[r.int(0, labels.length - 1)] ?? labels[0]!;
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick();
    yTrue.push(t);
    yPred.push(r.uniform(0, 1) < accuracy ? t : pick());
  }
  return [yTrue, yPred, posLabel];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 0, 1, 1, 0, 2], [1, 1, 0, 1, 0, 0], 1] },
    { name: 'binary 0/1 labels', sample: true, args: [[0, 1, 1, 0, 1, 0, 1, 1], [0, 1, 0, 0, 1, 1, 1, 0], 1] },
    { name: 'no predicted positives', args: [[1, 0, 1, 0], [0, 0, 0, 0], 1] },
    { name: 'no actual positives', args: [[0, 0, 0, 0], [1, 0, 1, 0], 1] },
    { name: 'no actual negatives', args: [[1, 1, 1], [1, 0, 1], 1] },
    { name: 'precision and recall both 0', args: [[1, 0, 0, 1], [0, 1, 1, 0], 1] },
    { name: 'all predictions correct', args: [[1, 0, 1, 0, 0], [1, 0, 1, 0, 0], 1] },
    { name: 'posLabel is 0', args: [[0, 1, 0, 0, 1, 1], [0, 0, 1, 0, 1, 0], 0] },
    { name: 'multi-class, one label positive', args: [[2, 0, 1, 2, 3, 2, 1, 0], [2, 1, 0, 3, 3, 2, 2, 0], 2] },
    { name: 'wrong negative labels still count as correct negatives', args: [[0, 1, 2, 3, 3], [3, 2, 1, 0, 3], 3] },
    { name: 'posLabel that never occurs', args: [[1, 0, 1, 1, 0, 2], [1, 1, 0, 1, 0, 0], 5] },
    { name: 'single example', args: [[7], [7], 7] },
    { name: 'empty input', args: [[], [], 1], expectError: true },
    { name: 'length mismatch', args: [[1, 0, 1], [1, 0], 1], expectError: true },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(410 + i);
      return { name: `random binary ${i + 1}`, args: randomCase(420 + i, r.int(5, 60), [0, 1], 1, 0.7) };
    }),
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(430 + i);
      const k = r.int(3, 6);
      const labels = Array.from({ length: k }, (_, j) => j);
      return { name: `random multi-class ${i + 1}`, args: randomCase(440 + i, r.int(5, 60), labels, r.int(0, k - 1), 0.5) };
    }),
    { name: 'large: 200000 labels, 5 classes', args: randomCase(499, 200_000, [0, 1, 2, 3, 4], 3, 0.6), weight: 2 },
  ],
});
