import { defineTests, rng } from '../../grader/kit.ts';

const ids = (seed: number, n: number, lo: number, hi: number) => { const r = rng(seed); return Array.from({ length: n }, () => r.int(lo, hi)); };
// ids 0..299 include buckets 7 (ids 99, 116) and 50 (ids 12, 102)
const firstIds = Array.from({ length: 300 }, (_, i) => i);

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[12345, 7, 42, -5, 0], 0.5] },
    { name: 'a 20 % control group', sample: true, args: [[1, 2, 3, 1001, 99999, 31337], 0.2] },
    { name: 'split 0: everyone in treatment', args: [ids(4400, 40, 0, 1e6), 0] },
    { name: 'split 1: everyone in control', args: [ids(4401, 40, 0, 1e6), 1] },
    { name: 'a bucket exactly at the boundary', args: [firstIds, 0.5] },
    { name: 'a 7 % control group', args: [firstIds, 0.07] },
    { name: 'negative ids', args: [ids(4402, 50, -1e9, -1), 0.3] },
    { name: 'ids near 2^53', args: [[9007199254740991, -9007199254740991, 9007199254740990, 4503599627370496], 0.6] },
    { name: 'no ids', args: [[], 0.5] },
    { name: 'the same id twice', args: [[777, 778, 777], 0.45] },
    ...Array.from({ length: 3 }, (_, i) => ({ name: `random ${i + 1}`, args: [ids(4410 + i, 200, 0, 2e9), [0.1, 0.33, 0.9][i]!] })),
    { name: 'large: 50000 ids', args: [ids(4420, 50000, 0, 1e12), 0.25], weight: 2 },
    { name: 'a split above 1 throws', args: [[1, 2], 1.5], expectError: true },
    { name: 'a fractional id throws', args: [[1, 2.5], 0.5], expectError: true },
    { name: 'an id beyond 2^53 throws', args: [[2 ** 60], 0.5], expectError: true },
  ],
});
