import { defineTests, rng, signInvariant } from '../../grader/kit.ts';
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';

/** Random data with distinct axis scales, rotated; redraws until the top k+1 eigenvalues are well separated. */
function randomCase(seed: number, n: number, d: number, k: number, offset = 0): [number[][], number] {
  const r = rng(seed);
  for (;;) {
    const scales = Array.from({ length: d }, () => r.uniform(0.2, 5));
    // random orthogonal-ish mixing: Gram–Schmidt on a random matrix
    const Q: number[][] = [];
    for (let i = 0; i < d; i++) {
      let v = Array.from({ length: d }, () => r.normal());
      for (const q of Q) { const s = q.reduce((a, x, j) => a + x * v[j]!, 0); v = v.map((x, j) => x - s * q[j]!); }
      const nv = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
      Q.push(v.map((x) => x / nv));
    }
    const X = Array.from({ length: n }, () => {
      const z = scales.map((s) => s * r.normal());
      return Array.from({ length: d }, (_, j) => offset + Q.reduce((a, q, i) => a + z[i]! * q[j]!, 0));
    });
    const mean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
    const C = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => X.reduce((s, row) => s + (row[a]! - mean[a]!) * (row[b]! - mean[b]!), 0) / (n - 1)));
    const ev = symmetricEigen(C).values;
    let ok = true;
    for (let j = 0; j < Math.min(k + 1, d) - 1; j++) if (ev[j]! - ev[j + 1]! < 1e-3 * Math.abs(ev[0]!)) ok = false;
    if (ok) return [X, k];
  }
}

export default defineTests({
  // each component may come out negated; its column of scores flips with it
  checks: { signInvariant: signInvariant({ field: 'components', axis: 'rows', linked: [{ field: 'scores', axis: 'columns' }] }) },
  cases: [
    { name: 'worked example', sample: true, check: 'signInvariant', args: [[[2, 0], [0, 0], [-2, 0], [0, 1], [0, -1]], 1] },
    { name: 'three features, two components', sample: true, check: 'signInvariant', args: [[[2.5, 2.4, 0.5], [0.5, 0.7, 1.1], [2.2, 2.9, 0.4], [1.9, 2.2, 0.9], [3.1, 3.0, 0.2], [2.3, 2.7, 0.8], [2.0, 1.6, 1.3], [1.0, 1.1, 0.7]], 2] },
    { name: 'k = d', check: 'signInvariant', args: randomCase(11, 30, 4, 4) },
    { name: 'k = 0', check: 'signInvariant', args: [[[1, 2], [3, 5], [0, 1]], 0] },
    { name: 'large mean offset', check: 'signInvariant', args: randomCase(12, 25, 3, 2, 1000) },
    { name: 'more features than samples', check: 'signInvariant', args: randomCase(13, 5, 8, 3) },
    { name: 'two samples', check: 'signInvariant', args: [[[1, 2, 3], [3, 1, 2]], 1] },
    { name: 'a constant feature', check: 'signInvariant', args: [[[1, 7, 2], [2, 7, 0], [4, 7, 1], [0, 7, 5], [3, 7, 3]], 3] },
    { name: 'single constant column', check: 'signInvariant', args: [[[4], [4], [4]], 1] },
    { name: 'one sample throws', expectError: true, args: [[[1, 2, 3]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(60 + i);
      const d = r.int(2, 7);
      return { name: `random ${i + 1}`, check: 'signInvariant', args: randomCase(70 + i, r.int(d + 2, 40), d, r.int(1, d)) };
    }),
    { name: 'large: 400 samples, 20 features', check: 'signInvariant', args: randomCase(2025, 400, 20, 5), weight: 2 },
  ],
});
