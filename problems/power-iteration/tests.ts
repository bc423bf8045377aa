import { defineTests, rng } from '../../grader/kit.ts';

/** A symmetric matrix with a dominant eigenvalue at least 1.5 times the next one. */
function randomCase(seed: number, n: number, iters: number) {
  const r = rng(seed);
  const Q: number[][] = [];
  while (Q.length < n) {
    let v = Array.from({ length: n }, () => r.normal());
    for (const q of Q) {
      const d = q.reduce((s, x, i) => s + x * v[i]!, 0);
      v = v.map((x, i) => x - d * q[i]!);
    }
    const nv = Math.hypot(...v);
    Q.push(v.map((x) => x / nv));
  }
  const top = r.uniform(3, 6) * (r.uniform() < 0.3 ? -1 : 1);
  const rest = Array.from({ length: n - 1 }, () => r.uniform(-1.9, 1.9));
  const lambdas = [top, ...rest];
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Q.reduce((s, q, k) => s + q[i]! * lambdas[k]! * q[j]!, 0)));
  return [A, r.vector(n, -1, 1), iters];
}

export default defineTests({
  cases: [
    { name: 'one step', sample: true, args: [[[2, 1], [1, 2]], [1, 0], 1] },
    { name: 'converged', sample: true, args: [[[2, 1], [1, 2]], [1, 0], 30] },
    { name: 'two steps', args: [[[4, 1, 0], [1, 3, 1], [0, 1, 2]], [1, 1, 1], 2] },
    { name: 'zero steps normalise the start vector', args: [[[4, 1], [2, 3]], [3, 4], 0] },
    { name: 'a negative dominant eigenvalue', args: [[[-3, 0], [0, 1]], [1, 1], 3] },
    { name: 'a non-symmetric matrix', args: [[[2, 1], [0.5, 1]], [1, 1], 40] },
    { name: 'a start vector without the dominant direction', args: [[[5, 0, 0], [0, 2, 0], [0, 0, 1]], [0, 1, 1], 25] },
    { name: 'a 1×1 matrix', args: [[[-7]], [2], 5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(34100 + i);
      return { name: `random ${i + 1}`, args: randomCase(34200 + i, r.int(2, 8), r.int(5, 80)) };
    }),
    { name: 'large: 120×120, 200 steps', args: randomCase(34300, 120, 200), weight: 2 },
    { name: 'a zero start vector throws', expectError: true, args: [[[1, 0], [0, 1]], [0, 0], 3] },
    { name: 'A v = 0 throws', expectError: true, args: [[[0, 0], [0, 0]], [1, 0], 1] },
    { name: 'a non-square matrix throws', expectError: true, args: [[[1, 2, 3], [4, 5, 6]], [1, 1], 3] },
    { name: 'mismatched v0 throws', expectError: true, args: [[[1, 0], [0, 1]], [1], 3] },
    { name: 'negative iters throws', expectError: true, args: [[[1, 0], [0, 1]], [1, 0], -1] },
  ],
});
