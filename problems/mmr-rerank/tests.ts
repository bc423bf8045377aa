import { defineTests, rng, type Rng } from '../../grader/kit.ts';
import { mmrTrace } from './reference.ts';

function unit(r: Rng, dim: number): number[] {
  const v = Array.from({ length: dim }, () => r.normal());
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
}

/** Clustered unit embeddings; redraws until every pick wins by at least 1e-9. */
function randomCase(seed: number, n: number, dim: number, topK: number) {
  const r = rng(seed);
  for (;;) {
    const centres = Array.from({ length: Math.max(1, Math.floor(n / 4)) }, () => unit(r, dim));
    const embeddings = Array.from({ length: n }, () => {
      const c = centres[r.int(0, centres.length - 1)]!;
      const v = c.map((x) => x + r.normal(0, 0.2));
      const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      return v.map((x) => x / norm);
    });
    const args = [r.vector(n, 0, 1), embeddings, r.uniform(0.1, 0.9), topK] as const;
    if (mmrTrace(...args).gap > 1e-9) return [...args];
  }
}

const rel = [0.9, 0.85, 0.5, 0.3];
const emb = [[1, 0], [0.99, 0.141], [0, 1], [0.6, 0.8]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [rel, emb, 0.5, 3] },
    { name: 'lambda = 0 sorts by relevance', sample: true, args: [rel, emb, 0, 4] },
    { name: 'lambda = 1 spreads out', args: [rel, emb, 1, 4] },
    { name: 'duplicate items tie', args: [[0.5, 0.8, 0.8, 0.2], [[1, 0], [0, 1], [0, 1], [0.7, 0.7]], 0.3, 4] },
    { name: 'equal relevance keeps index order', args: [[0.5, 0.5, 0.5], [[1, 0], [0, 1], [-1, 0]], 0, 3] },
    { name: 'negative similarities', args: [[0.6, 0.5, 0.4], [[1, 0], [-1, 0], [0.9, 0.1]], 0.5, 3] },
    { name: 'topK larger than the list', args: [rel, emb, 0.5, 10] },
    { name: 'topK = 0', args: [rel, emb, 0.5, 0] },
    { name: 'no items', args: [[], [], 0.5, 3] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(31100 + i);
      const n = r.int(3, 40);
      return { name: `random ${i + 1}`, args: randomCase(31200 + i, n, r.int(2, 16), r.int(1, n)) };
    }),
    { name: 'large: 300 items, pick 50', args: randomCase(31300, 300, 32, 50), weight: 2 },
    { name: 'mismatched embeddings throw', expectError: true, args: [rel, emb.slice(1), 0.5, 2] },
    { name: 'lambda above 1 throws', expectError: true, args: [rel, emb, 1.5, 2] },
    { name: 'negative topK throws', expectError: true, args: [rel, emb, 0.5, -1] },
    { name: 'ragged embeddings throw', expectError: true, args: [[0.1, 0.2], [[1, 0], [1]], 0.5, 2] },
  ],
});
