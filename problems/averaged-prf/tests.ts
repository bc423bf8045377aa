import { defineTests, rng } from '../../grader/kit.ts';

type Avg = 'macro' | 'micro' | 'weighted';
const AVGS: Avg[] = ['macro', 'micro', 'weighted'];

function labelsCase(seed: number, n: number, k: number, accuracy: number): [number[], number[]] {
  const r = rng(seed);
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (let i = 0; i < n; i++) {
    // skewed class frequencies so that macro and weighted differ
    const t = Math.min(k - 1, Math.floor(k * Math.pow(r.uniform(0, 1), 1.8)));
    yTrue.push(t);
    yPred.push(r.uniform(0, 1) < accuracy ? t : Math.min(k - 1, r.int(0, k - 1)));
  }
  return [yTrue, yPred];
}

const example: [number[], number[]] = [[0, 0, 1, 1, 2, 2], [0, 1, 1, 1, 0, 3]];
const binary: [number[], number[]] = [[0, 1, 1, 0, 1, 1, 1, 0, 0, 1], [0, 1, 0, 0, 1, 1, 0, 1, 0, 1]];
const neverPredicted: [number[], number[]] = [[0, 0, 1, 2, 2, 2, 1], [0, 0, 0, 2, 2, 0, 0]];
const predOnly: [number[], number[]] = [[1, 1, 2, 2, 2], [1, 5, 2, 2, 5]];
const single: [number[], number[]] = [[3, 3, 3], [3, 3, 3]];
const noneRight: [number[], number[]] = [[0, 1, 2], [1, 2, 0]];
const sparseLabels: [number[], number[]] = [[10, -1, 10, 7, 7, -1, 10], [10, 10, 7, 7, -1, -1, 10]];

export default defineTests({
  cases: [
    { name: 'worked example, macro', sample: true, args: [...example, 'macro'] },
    { name: 'worked example, weighted', sample: true, args: [...example, 'weighted'] },
    { name: 'worked example, micro', sample: true, args: [...example, 'micro'] },
    ...AVGS.map((a) => ({ name: `binary labels, ${a}`, args: [...binary, a] })),
    ...AVGS.map((a) => ({ name: `a class never predicted, ${a}`, args: [...neverPredicted, a] })),
    ...AVGS.map((a) => ({ name: `a label only in the predictions, ${a}`, args: [...predOnly, a] })),
    ...AVGS.map((a) => ({ name: `a single class, ${a}`, args: [...single, a] })),
    ...AVGS.map((a) => ({ name: `no correct predictions, ${a}`, args: [...noneRight, a] })),
    ...AVGS.map((a) => ({ name: `non-consecutive labels, ${a}`, args: [...sparseLabels, a] })),
    ...Array.from({ length: 9 }, (_, i) => {
      const r = rng(510 + i);
      const [yT, yP] = labelsCase(520 + i, r.int(4, 50), r.int(2, 6), 0.55);
      return { name: `random ${i + 1} (${AVGS[i % 3]})`, args: [yT, yP, AVGS[i % 3]] };
    }),
    ...AVGS.map((a) => ({ name: `large: 100000 labels, 20 classes, ${a}`, args: [...labelsCase(599, 100_000, 20, 0.6), a] })),
  ],
});
