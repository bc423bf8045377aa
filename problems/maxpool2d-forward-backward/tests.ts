import { defineTests, rng } from '../../grader/kit.ts';

/** Distinct values on a 1/8 grid (exact in float32) so that maxima are unambiguous unless ties are the point. */
function randomCase(seed: number, H: number, W: number, k: number, s: number, withTies: boolean) {
  const r = rng(seed);
  const x = Array.from({ length: H }, () => Array.from({ length: W }, () => (withTies ? r.int(0, 3) : r.int(-400, 400) / 8)));
  if (!withTies) {
    // make every value distinct by adding a unique tiny dyadic offset
    let c = 0;
    for (const row of x) for (let j = 0; j < row.length; j++) row[j] = row[j]! + (c++ % 1024) / 8192;
  }
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  const dY = Array.from({ length: Ho }, () => Array.from({ length: Wo }, () => r.int(-16, 16) / 4));
  return [x, k, s, dY];
}

const EX = [[1, 3, 2, 0], [4, 2, 2, 1], [0, 1, 5, 5], [2, 2, 5, 1]];

export default defineTests({
  cases: [
    { name: 'worked example with ties', sample: true, args: [EX, 2, 2, [[10, 20], [30, 40]]] },
    { name: 'overlapping windows (k 3, s 1)', sample: true, args: [[[1, 2, 3, 0], [4, 9, 1, 2], [0, 3, 2, 8], [5, 1, 6, 7]], 3, 1, [[1, 2], [3, 4]]] },
    { name: 'odd size drops the last row and column', args: randomCase(1, 5, 5, 2, 2, false) },
    { name: 'k 3, s 2 overlap', args: randomCase(2, 7, 9, 3, 2, false) },
    { name: 'all negative inputs', args: [[[-5, -2, -7], [-3, -9, -1], [-4, -6, -8]], 2, 1, [[1, 1], [1, 1]]] },
    { name: 'all equal: first element of each window', args: [[[2, 2, 2], [2, 2, 2], [2, 2, 2]], 2, 1, [[1, 2], [3, 4]]] },
    { name: 'single window', args: [[[0.5, -1], [3, 3]], 2, 2, [[7]]] },
    { name: 'k = 1 is the identity', args: randomCase(3, 3, 4, 1, 1, false) },
    { name: 'window wider than the input throws', args: [[[1, 2], [3, 4], [5, 6]], 3, 1, [[1]]], expectError: true },
    { name: 'dY of the wrong shape throws', args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2, 1, [[1, 2]]], expectError: true },
    { name: 'window larger than input throws', args: [[[1, 2], [3, 4]], 3, 1, [[1]]], expectError: true },
    { name: 'small-integer ties, overlapping', args: randomCase(4, 6, 6, 3, 1, true) },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(60 + i);
      const k = r.int(1, 3);
      return { name: `random ${i + 1}`, args: randomCase(70 + i, r.int(k, 10), r.int(k, 10), k, r.int(1, 3), i % 2 === 1) };
    }),
    { name: 'large: 128 x 128, k 3, s 2', args: randomCase(5150, 128, 128, 3, 2, false), weight: 2 },
  ],
});
