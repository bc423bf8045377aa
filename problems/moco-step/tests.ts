import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, P: number, N: number, d: number, Kq: number, m: number, tau: number, scale = 1) {
  const r = rng(seed);
  const rows = (n: number) => r.normalMatrix(n, d).map((row) => row.map((v) => v * scale));
  const q = rows(N);
  const kPos = q.map((row) => row.map((v) => v + r.normal(0, 0.5)));
  return [r.vector(P, -1, 1), r.vector(P, -1, 1), m, q, kPos, rows(Kq), tau];
}

const example = [[1, 0], [0, 1], 0.9, [[1, 0], [0, 2]], [[2, 0], [1, 1]], [[0, 1], [-1, 0], [3, 4]], 0.5];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'a batch of four against a queue of eight', sample: true, args: randomCase(7101, 5, 4, 3, 8, 0.99, 0.2) },
    { name: 'm = 1 freezes the key encoder', args: randomCase(7102, 6, 3, 4, 6, 1, 0.1) },
    { name: 'm = 0 copies the query encoder', args: randomCase(7103, 6, 3, 4, 6, 0, 0.1) },
    { name: 'unnormalized keys', args: randomCase(7104, 4, 3, 5, 7, 0.9, 0.5, 7) },
    { name: 'a queue exactly as long as the batch', args: randomCase(7105, 3, 4, 3, 4, 0.95, 0.3) },
    { name: 'tau = 0.001 needs a stable log-sum-exp', args: randomCase(7106, 3, 3, 4, 10, 0.999, 0.001) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(7200 + i);
      const N = r.int(1, 6);
      return { name: `random ${i + 1}`, args: randomCase(7210 + i, r.int(1, 10), N, r.int(2, 8), N + r.int(1, 12), r.uniform(0.5, 0.999), r.uniform(0.05, 1)) };
    }),
    { name: 'large: 32 queries of 64 features, queue of 1024', args: randomCase(7300, 1000, 32, 64, 1024, 0.999, 0.07), weight: 2 },
    { name: 'a queue shorter than the batch throws', args: replace(example, 5, [[0, 1]]), expectError: true },
    { name: 'a zero query throws', args: replace(example, 3, [[0, 0], [0, 2]]), expectError: true },
    { name: 'tau = 0 throws', args: replace(example, 6, 0), expectError: true },
    { name: 'mismatched key dimension throws', args: replace(example, 4, [[2, 0, 1], [1, 1, 0]]), expectError: true },
  ],
});
