import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[], number, number[][], number[][], number[][], number];

function randomCase(seed: number, nPairs: number, nTrip: number, d: number, margin: number, alpha: number): Args {
  const r = rng(seed);
  return [
    r.normalMatrix(nPairs, d), r.normalMatrix(nPairs, d), Array.from({ length: nPairs }, () => (r.uniform() < 0.5 ? 1 : 0)), margin,
    r.normalMatrix(nTrip, d), r.normalMatrix(nTrip, d), r.normalMatrix(nTrip, d), alpha,
  ];
}

const X1 = [[0, 0], [1, 1], [0, 0]];
const X2 = [[3, 4], [1, 1], [0.6, 0.8]];
const A = [[0, 0], [0, 0], [0, 0]];
const P = [[1, 0], [0, 1], [3, 0]];
const N = [[0, 3], [0, 1.5], [2, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X1, X2, [1, 0, 0], 2, A, P, N, 0.5] },
    { name: 'identical similar pair and far dissimilar pair cost nothing', sample: true, args: [[[1, 2], [0, 0]], [[1, 2], [5, 5]], [1, 0], 3, [[0, 0]], [[1, 0]], [[0, 4]], 1] },
    { name: 'easy triplets cost nothing', args: [[], [], [], 1, [[0, 0, 0], [1, 1, 1]], [[0.5, 0, 0], [1, 1.2, 1]], [[5, 0, 0], [-3, 1, 1]], 1] },
    { name: 'hard triplets: negative closer than positive', args: [[], [], [], 1, [[0, 0], [1, 2]], [[2, 2], [4, 6]], [[1, 0], [1, 3]], 0.2] },
    { name: 'semi-hard triplets: inside the margin', args: [[], [], [], 1, [[0, 0], [0, 0]], [[1, 0], [0, 2]], [[0, 1.3], [2.4, 0]], 0.5] },
    { name: 'plain, not squared, distances in the triplet loss', args: [[], [], [], 1, [[0, 0]], [[3, 0]], [[0, 3.5]], 1] },
    { name: 'dissimilar pairs inside the margin', args: [[[0, 0], [1, 0]], [[0.5, 0], [1, 1.5]], [0, 0], 2, [], [], [], 1] },
    { name: 'margin 0 ignores dissimilar pairs', args: [[[0, 0], [1, 0]], [[0.5, 0], [1, 1.5]], [0, 1], 0, [], [], [], 0] },
    { name: 'labels other than 0/1 throw', args: [[[0, 0]], [[1, 1]], [2], 1, [], [], [], 1], expectError: true },
    { name: 'mismatched pair rows throw', args: [[[0, 0], [1, 1]], [[1, 1]], [1, 0], 1, [], [], [], 1], expectError: true },
    { name: 'mismatched triplet widths throw', args: [[], [], [], 1, [[0, 0]], [[1, 0, 0]], [[0, 1]], 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1720 + i);
      return { name: `random ${i + 1}`, args: randomCase(1740 + i, r.int(1, 20), r.int(1, 20), r.int(1, 8), r.uniform(0.5, 4), r.uniform(0, 2)) };
    }),
    { name: 'large: 1000 pairs and 1000 triplets of width 32', args: randomCase(1799, 1000, 1000, 32, 8, 1), weight: 2 },
  ],
});
