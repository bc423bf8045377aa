import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[], number];

function randomCase(seed: number, n: number, k: number, accuracy: number): Args {
  const r = rng(seed);
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = r.int(0, k - 1);
    yTrue.push(t);
    // correct with probability `accuracy`, otherwise a uniformly random (possibly also correct) label
    yPred.push(r.uniform(0, 1) < accuracy ? t : r.int(0, k - 1));
  }
  return [yTrue.map((v) => Math.min(v, k - 1)), yPred.map((v) => Math.min(v, k - 1)), k];
}

const mustThrow = { expectError: true } as const;

export default defineTests({
  cases: [
    { name: 'three classes', sample: true, args: [[0, 1, 2, 2, 1], [0, 2, 2, 2, 1], 3] },
    { name: 'a class that never occurs', sample: true, args: [[0, 1, 2, 2, 1], [0, 2, 2, 2, 1], 4] },
    { name: 'binary, rows are true labels', args: [[1, 1, 1, 0, 0], [0, 0, 1, 0, 0], 2] },
    { name: 'a class never predicted', args: [[0, 1, 2, 0, 1, 2], [0, 0, 0, 1, 1, 1], 3] },
    { name: 'empty input', args: [[], [], 3] },
    { name: 'one class', args: [[0, 0, 0], [0, 0, 0], 1] },
    { name: 'all wrong', args: [[0, 1, 2, 3], [1, 2, 3, 0], 4] },
    { name: 'the highest classes never occur', args: [[0, 1, 0, 1], [1, 1, 0, 0], 4] },
    { name: 'predicted label equal to numClasses', args: [[0, 1, 1], [0, 1, 2], 2], ...mustThrow },
    { name: 'true label equal to numClasses', args: [[0, 3, 1], [0, 1, 1], 3], ...mustThrow },
    { name: 'negative label', args: [[0, 1, 1], [0, -1, 1], 2], ...mustThrow },
    { name: 'non-integer label', args: [[0, 1.5, 1], [0, 1, 1], 3], ...mustThrow },
    { name: 'length mismatch', args: [[0, 1, 1], [0, 1], 2], ...mustThrow },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(310 + i);
      return { name: `random ${i + 1}`, args: randomCase(320 + i, r.int(1, 40), r.int(2, 7), 0.6) };
    }),
    { name: 'large: 100000 labels, 10 classes', args: randomCase(399, 100_000, 10, 0.7), weight: 2 },
  ],
});
