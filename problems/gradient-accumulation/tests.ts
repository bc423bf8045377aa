import { defineTests, rng, type Rng } from '../../grader/kit.ts';

function shuffle(r: Rng, n: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/** Each step draws distinct rows and cuts them into accumSteps micro-batches of random sizes. */
function randomCase(seed: number, n: number, d: number, accumSteps: number, steps: number) {
  const r = rng(seed);
  const X = r.matrix(n, d, -2, 2);
  const y = r.vector(n, -3, 3);
  const microBatches: number[][] = [];
  for (let s = 0; s < steps; s++) {
    const rows = shuffle(r, n).slice(0, r.int(accumSteps, n));
    const cuts = shuffle(r, rows.length - 1).slice(0, accumSteps - 1).map((c) => c + 1).sort((a, b) => a - b);
    [0, ...cuts].forEach((from, k) => microBatches.push(rows.slice(from, [...cuts, rows.length][k])));
  }
  return [X, y, r.vector(d, -1, 1), r.uniform(0.01, 0.3) / d, microBatches, accumSteps];
}

const X = [[1, 0], [0, 1], [1, 1], [2, -1], [-1, 2], [0.5, 0.5], [1, -1], [0, 2]];
const y = [1, 2, 3, 0, 3, 1.5, -1, 4];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1], [2], [3]], [1, 1, 1], [0], 0.1, [[0], [1, 2]], 2] },
    { name: 'two steps of two micro-batches', sample: true, args: [X, y, [0, 0], 0.1, [[0, 1], [2, 3, 4], [5], [6, 7]], 2] },
    { name: 'four equal micro-batches per step', args: [X, y, [0.5, -0.5], 0.05, [[0, 1], [2, 3], [4, 5], [6, 7]], 4] },
    { name: 'uneven micro-batch sizes', args: [X, y, [0, 0], 0.1, [[0], [1, 2, 3, 4, 5, 6, 7]], 2] },
    { name: 'several steps', args: [X, y, [1, 1], 0.1, [[0, 1], [2, 3], [4, 5], [6, 7], [1, 3], [5, 7]], 2] },
    { name: 'one micro-batch per step is plain mini-batch SGD', args: [X, y, [0, 0], 0.1, [[0, 1, 2], [3, 4, 5], [6, 7]], 1] },
    { name: 'a shorter last group', args: [X, y, [0, 0], 0.1, [[0], [1], [2], [3], [4]], 2] },
    { name: 'no micro-batches', args: [X, y, [0.3, 0.3], 0.1, [], 3] },
    { name: 'the same row in two groups', args: [X, y, [0, 0], 0.1, [[0, 1], [2], [0, 1], [3]], 2] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2500 + i);
      return { name: `random ${i + 1}`, args: randomCase(2600 + i, r.int(4, 30), r.int(1, 5), r.int(1, 4), r.int(1, 6)) };
    }),
    { name: 'large: 4000 rows, 8 features', args: randomCase(2700, 4000, 8, 4, 10), weight: 2 },
    { name: 'a row twice in one group throws', expectError: true, args: [X, y, [0, 0], 0.1, [[0, 1], [1, 2]], 2] },
    { name: 'an empty micro-batch throws', expectError: true, args: [X, y, [0, 0], 0.1, [[0, 1], []], 2] },
    { name: 'an out-of-range index throws', expectError: true, args: [X, y, [0, 0], 0.1, [[0, 8]], 1] },
    { name: 'accumSteps 0 throws', expectError: true, args: [X, y, [0, 0], 0.1, [[0, 1]], 0] },
    { name: 'mismatched y throws', expectError: true, args: [X, [1, 2], [0, 0], 0.1, [[0, 1]], 1] },
  ],
});
