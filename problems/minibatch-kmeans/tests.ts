import { defineTests, rng } from '../../grader/kit.ts';
import { runMiniBatch } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { counts: { exact: true } } };

/** Blobs, k centres from random rows, random batches; redraws until every assignment is clear (relative gap ≥ 1e-6). */
function randomCase(seed: number, k: number, n: number, d: number, nBatches: number, batchSize: number) {
  const r = rng(seed);
  for (;;) {
    const centres = Array.from({ length: k }, () => Array.from({ length: d }, () => r.uniform(-8, 8)));
    const X = Array.from({ length: n }, () => centres[r.int(0, k - 1)]!.map((v) => v + r.normal(0, 1.5)));
    const init = Array.from({ length: k }, () => [...X[r.int(0, n - 1)]!]);
    const batches = Array.from({ length: nBatches }, () => Array.from({ length: batchSize }, () => r.int(0, n - 1)));
    if (runMiniBatch(X, init, batches).gaps.every((g) => g >= 1e-6)) return [X, init, batches];
  }
}

const X = [[0, 0], [1, 0], [0, 1], [9, 9], [10, 9], [9, 10], [5, 5]];
const init = [[0, 0], [10, 10]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X, init, [[0, 3, 4], [1, 2, 6]]] },
    { name: 'a centre that receives nothing stays put', sample: true, tolerance: TOL, args: [X, [[0, 0], [10, 10], [-50, -50]], [[0, 3], [1, 4, 5]]] },
    { name: 'the first batch moves a centre to the batch mean', tolerance: TOL, args: [X, [[100, 100], [-100, -100]], [[3, 4, 5]]] },
    { name: 'repeated indices in a batch count every time', tolerance: TOL, args: [X, init, [[0, 0, 0, 1], [6, 6]]] },
    { name: 'an empty batch changes nothing', tolerance: TOL, args: [X, init, [[], [0, 3], []]] },
    { name: 'no batches', tolerance: TOL, args: [X, init, []] },
    { name: 'a tie goes to the lower centre', tolerance: TOL, args: [[[0], [2], [1]], [[0], [2]], [[2], [0, 1]]] },
    { name: 'assignments use the centres from before the batch', tolerance: TOL, args: [[[0], [4], [6], [10]], [[0], [10]], [[1, 2], [2, 1]]] },
    { name: 'one centre', tolerance: TOL, args: randomCase(5, 1, 20, 2, 4, 5) },
    { name: 'an index outside X throws', expectError: true, args: [X, init, [[0, 7]]] },
    { name: 'centres of another width throw', expectError: true, args: [X, [[0, 0, 0]], [[0]]] },
    { name: 'no centres throws', expectError: true, args: [X, [], [[0]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(800 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(810 + i, r.int(2, 5), r.int(20, 60), r.int(1, 4), r.int(2, 12), r.int(1, 16)) };
    }),
    { name: 'large: 200 batches of 50', tolerance: TOL, weight: 2, args: randomCase(99, 6, 2000, 5, 200, 50) },
  ],
});
