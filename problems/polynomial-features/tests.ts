import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number) {
  const r = rng(seed);
  const p = r.int(1, 5);
  return [r.matrix(r.int(1, 8), p, -3, 3), r.int(0, 4), r.uniform() < 0.5, r.uniform() < 0.5];
}

const x3 = [[2, 3, -1], [0.5, -2, 4]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[2, 3, -1]], 2, false, true] },
    { name: 'interactions only, degree 3', sample: true, args: [[[2, 3, -1]], 3, true, false] },
    { name: 'three features, degree 2', args: [x3, 2, false, false] },
    { name: 'no bias column', args: [x3, 3, false, false] },
    { name: 'degree 0 with bias', args: [x3, 0, false, true] },
    { name: 'degree 0 without bias', args: [x3, 0, false, false] },
    { name: 'degree 1 keeps the features', args: [x3, 1, false, true] },
    { name: 'one feature, degree 4', args: [[[2], [-1.5], [0]], 4, false, true] },
    { name: 'interactions only with degree above p', args: [x3, 5, true, true] },
    { name: 'negative values to odd powers', args: [[[-2, -0.5]], 3, false, true] },
    { name: 'no rows', args: [[], 2, false, true] },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(13100 + i) })),
    { name: 'large: 1000 rows, 8 features, degree 3', args: [rng(13200).matrix(1000, 8, -2, 2), 3, false, true], weight: 2 },
    { name: 'negative degree throws', expectError: true, args: [x3, -1, false, true] },
    { name: 'fractional degree throws', expectError: true, args: [x3, 1.5, false, true] },
    { name: 'ragged rows throw', expectError: true, args: [[[1, 2], [3]], 2, false, true] },
  ],
});
