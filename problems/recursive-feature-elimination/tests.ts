import { defineTests, rng } from '../../grader/kit.ts';
import { coefficients, standardize } from './reference.ts';

/** True coefficients w, feature scales, optional correlation between neighbours; redrawn until every fit has a 1e-6 margin. */
function randomCase(seed: number, n: number, d: number, keep: number, correlation: number) {
  const r = rng(seed);
  for (;;) {
    const base = r.normalMatrix(n, d, 0, 1);
    const scales = Array.from({ length: d }, () => 10 ** r.uniform(-2, 2));
    const X = base.map((row) => row.map((v, j) => (j > 0 ? (1 - correlation) * v + correlation * row[j - 1]! : v) * scales[j]!));
    const w = Array.from({ length: d }, () => r.normal());
    const y = base.map((row) => row.reduce((s, v, j) => s + v * w[j]!, 0) + 0.3 * r.normal());
    const Z = standardize(X);
    const S = Array.from({ length: d }, (_, j) => j);
    let clear = true;
    while (S.length > keep && clear) {
      const b = coefficients(Z, y, S).map(Math.abs);
      const sorted = [...b].sort((p, q) => p - q);
      clear = sorted.length < 2 || sorted[1]! - sorted[0]! > 1e-6 * Math.max(1, sorted[1]!);
      S.splice(b.indexOf(sorted[0]!), 1);
    }
    if (clear) return [X, y, keep];
  }
}

const example = [[[1, 10, 0.5], [2, 30, 0.1], [3, 20, 0.9], [4, 50, 0.3], [5, 40, 0.7], [6, 60, 0.2]], [3, 8, 6, 12, 10, 15], 1];
const scaled = (() => {
  const r = rng(7700);
  const X = Array.from({ length: 40 }, () => [r.normal() * 1000, r.normal() * 0.01, r.normal()]);
  return [X, X.map((x) => 0.002 * x[0]! + 50 * x[1]! + 0.5 * x[2]! + 0.1 * r.normal()), 2];
})();

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'five features, keep two', sample: true, args: randomCase(7701, 30, 5, 2, 0) },
    { name: 'keep every feature', args: randomCase(7702, 20, 4, 4, 0) },
    { name: 'keep one', args: randomCase(7703, 40, 6, 1, 0.3) },
    { name: 'features on different scales', args: scaled },
    { name: 'pure-noise columns go first', args: (() => {
      const r = rng(7704);
      const X = Array.from({ length: 60 }, () => Array.from({ length: 5 }, () => r.normal()));
      return [X, X.map((x) => 3 * x[0]! - 2 * x[2]! + 0.05 * r.normal()), 2];
    })() },
    { name: 'a duplicated column', args: (() => {
      const r = rng(7705);
      const X = Array.from({ length: 30 }, () => { const a = r.normal(); return [a, r.normal(), a, r.normal()]; });
      return [X, X.map((x) => 2 * x[0]! + 1.5 * x[1]! + 0.001 * x[3]! + 0.01 * r.normal()), 3];
    })() },
    { name: 'correlated features', args: randomCase(7706, 25, 6, 2, 0.9) },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(7710 + i);
      const d = r.int(3, 9);
      return { name: `random ${i + 1}`, args: randomCase(7720 + i, r.int(d + 5, 60), d, r.int(1, d - 1), r.uniform(0, 0.7)) };
    }),
    { name: 'large: 2000 rows, 30 features', args: randomCase(7800, 2000, 30, 5, 0.5), weight: 2 },
    { name: 'keep = 0 throws', args: [example[0], example[1], 0], expectError: true },
    { name: 'y of the wrong length throws', args: [example[0], [1, 2, 3], 1], expectError: true },
  ],
});
