import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, m: number, d: number, dropFirst: boolean): unknown[] {
  const r = rng(seed);
  const pools = Array.from({ length: d }, () => Array.from({ length: r.int(1, 6) }, () => r.int(-5, 30)));
  const draw = (k: number, unknownRate: number) => Array.from({ length: k }, () => pools.map((p) => {
    const u = r.uniform();
    if (u < 0.05) return NaN;
    if (u < 0.05 + unknownRate) return r.int(100, 110);
    return p[r.int(0, p.length - 1)]!;
  }));
  return [draw(n, 0), draw(m, 0.15), dropFirst];
}

export default defineTests({
  cases: [
    { name: 'two columns', sample: true, args: [[[10, 1], [3, 1], [10, 2]], [[3, 5], [7, 2]], false] },
    { name: 'two columns, drop first', sample: true, args: [[[10, 1], [3, 1], [10, 2]], [[3, 5], [7, 2]], true] },
    { name: 'single category with drop first', args: [[[4], [4], [4]], [[4], [5]], true] },
    { name: 'single category without drop', args: [[[4], [4]], [[4], [5]], false] },
    { name: 'non-contiguous and negative codes', args: [[[3], [-2], [10], [3]], [[10], [-2]], false] },
    { name: 'NaN is missing, not a category', args: [[[1], [NaN], [2]], [[NaN], [2]], false] },
    { name: 'all-NaN training column', args: [[[NaN, 1], [NaN, 2]], [[3, 1]], false] },
    { name: 'empty test split', args: [[[1, 2], [2, 1]], [], true] },
    { name: 'no training rows throws', args: [[], [[1]], false], expectError: true },
    { name: 'ragged training rows throw', args: [[[1, 2], [3]], [], false], expectError: true },
    { name: 'test column mismatch throws', args: [[[1, 2]], [[1]], false], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1900 + i, 10 + 5 * i, 5 + i, 1 + (i % 4), i % 2 === 1) })),
    { name: 'large', args: randomCase(2000, 2000, 1000, 8, true), weight: 2 },
  ],
});
