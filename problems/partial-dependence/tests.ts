import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, p: number, g: number) {
  const r = rng(seed);
  const X = r.normalMatrix(n, p, 0, 1.5);
  const feature = r.int(0, p - 1);
  const lo = Math.min(...X.map((row) => row[feature]!)), hi = Math.max(...X.map((row) => row[feature]!));
  const grid = Array.from({ length: g }, (_, k) => lo + ((hi - lo) * k) / Math.max(1, g - 1));
  return [X, r.vector(p, -2, 2), r.uniform(-1, 1), feature, grid];
}

const X3 = [[0, 2], [1, -2], [2, 0]];
const example = [X3, [1, 1.5], -1, 0, [0, 1, 2]];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'the second feature on a 5-point grid', sample: true, args: randomCase(16101, 8, 3, 5) },
    { name: 'grid values outside the data range', args: replace(randomCase(16102, 10, 3, 4), 4, [-40, -5, 5, 40]) },
    { name: 'a single row', args: randomCase(16103, 1, 4, 6) },
    { name: 'a zero weight gives a flat curve', args: (() => { const c = randomCase(16104, 10, 3, 5); const w = [...(c[1] as number[])]; w[c[3] as number] = 0; return replace(c, 1, w); })() },
    { name: 'an empty grid', args: replace(randomCase(16105, 6, 2, 3), 4, []) },
    { name: 'one feature only', args: randomCase(16106, 7, 1, 4) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(16200 + i);
      return { name: `random ${i + 1}`, args: randomCase(16210 + i, r.int(3, 40), r.int(2, 6), r.int(3, 20)) };
    }),
    { name: 'large: 2000 rows, 20 features, 50 grid points', args: randomCase(16300, 2000, 20, 50), weight: 2 },
    { name: 'a feature index out of range throws', args: replace(example, 3, 2), expectError: true },
    { name: 'a fractional feature index throws', args: replace(example, 3, 0.5), expectError: true },
    { name: 'rows of the wrong width throw', args: replace(example, 0, [[0, 2], [1]]), expectError: true },
    { name: 'a NaN grid value throws', args: replace(example, 4, [0, Number.NaN]), expectError: true },
  ],
});
