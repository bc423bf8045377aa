import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';

type Args = [number[][][], number[], number, number[] | null];

function randomCase(seed: number, B: number, T: number, d: number, padded: boolean, wScale = 1): Args {
  const r = rng(seed);
  const H = Array.from({ length: B }, () => r.normalMatrix(T, d));
  const lengths = padded ? Array.from({ length: B }, () => r.int(1, T)) : null;
  return [H, r.vector(d, -wScale, wScale), r.uniform(-1, 1), lengths];
}

const H1 = [[[1, 0], [0, 1], [1, 1]]];

export default defineTests({
  checks: { weightRows: rowsSumTo(1, { field: 'weights', within: [0, 1] }) },
  cases: [
    { name: 'worked example', sample: true, args: [H1, [2, -1], 0.5, null] },
    { name: 'two sequences, the second padded', sample: true, args: [[[[1, 0], [0, 1], [1, 1]], [[2, 2], [-1, 3], [9, 9]]], [2, -1], 0.5, [3, 2]] },
    { name: 'one time step gets weight 1', args: randomCase(1001, 3, 1, 4, false) },
    { name: 'equal scores give uniform weights', args: [[[[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]], [0.5, -0.25, 1], -2, null] },
    { name: 'batch of 3, more steps than features', args: randomCase(1002, 3, 7, 2, false), check: 'weightRows' },
    { name: 'batch of 4, more features than steps', args: randomCase(1003, 4, 3, 6, false) },
    { name: 'padding masks the tail of each sequence', args: randomCase(1004, 5, 6, 3, true), check: 'weightRows' },
    { name: 'length 1 keeps only the first step', args: (() => { const a = randomCase(1005, 2, 4, 3, false); a[3] = [1, 4]; return a; })() },
    { name: 'large scores (stable softmax needed)', args: randomCase(1006, 3, 5, 4, false, 400), check: 'weightRows' },
    { name: 'the bias does not change the result', args: (() => { const a = randomCase(1007, 2, 5, 3, false); a[2] = 1234.5; return a; })() },
    { name: 'length 0 throws', args: [H1, [2, -1], 0.5, [0]], expectError: true },
    { name: 'length beyond the sequence throws', args: [H1, [2, -1], 0.5, [4]], expectError: true },
    { name: 'w of the wrong length throws', args: [H1, [2, -1, 1], 0.5, null], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1020 + i);
      return { name: `random ${i + 1}`, args: randomCase(1040 + i, r.int(1, 5), r.int(1, 9), r.int(1, 6), i % 2 === 0, r.uniform(0.3, 3)), check: 'weightRows' };
    }),
    { name: 'large: 16 sequences of 128 steps, width 64', args: randomCase(1099, 16, 128, 64, true), weight: 2 },
  ],
});
