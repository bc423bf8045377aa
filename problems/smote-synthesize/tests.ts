import { defineTests, rng } from '../../grader/kit.ts';
import { nearest } from './reference.ts';

const TOL = { rtol: 1e-12, atol: 1e-12 };

/** Random minority points; keeps requests whose neighbour ranking is clear (distance gaps ≥ 1e-6 around rank r). */
function randomCase(seed: number, n: number, d: number, k: number, nReq: number) {
  const r = rng(seed);
  const minority = Array.from({ length: n }, () => Array.from({ length: d }, () => r.normal(0, 2)));
  const sq = (a: number[], b: number[]) => a.reduce((s, v, t) => s + (v - b[t]!) ** 2, 0);
  const requests: number[][] = [];
  while (requests.length < nReq) {
    const i = r.int(0, n - 1), rank = r.int(1, k);
    const order = nearest(minority, i, n - 1).map((j) => sq(minority[j]!, minority[i]!));
    const around = [order[rank - 2], order[rank]].filter((v): v is number => v !== undefined);
    if (around.every((v) => Math.abs(v - order[rank - 1]!) >= 1e-6)) requests.push([i, rank, r.uniform(0, 1)]);
  }
  return [minority, k, requests];
}

const M = [[0, 0], [1, 0], [0, 2], [3, 3], [1, 0.5]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [M, 2, [[0, 1, 0.5], [0, 2, 0.25], [3, 1, 0.5]]] },
    { name: 'a gap of 0 returns the point itself', sample: true, tolerance: TOL, args: [M, 3, [[2, 3, 0]]] },
    { name: 'a duplicate point is a neighbour at distance 0', tolerance: TOL, args: [[[1, 1], [1, 1], [4, 5]], 1, [[0, 1, 0.7], [2, 1, 0.5]]] },
    { name: 'distance ties keep the lower index', tolerance: TOL, args: [[[0, 0], [1, 0], [-1, 0], [0, 1]], 2, [[0, 1, 0.5], [0, 2, 0.5]]] },
    { name: 'the largest rank', tolerance: TOL, args: [M, 4, [[1, 4, 0.9]]] },
    { name: 'no requests', tolerance: TOL, args: [M, 2, []] },
    { name: 'k equal to the number of points throws', expectError: true, args: [M, 5, [[0, 1, 0.5]]] },
    { name: 'a rank outside 1..k throws', expectError: true, args: [M, 2, [[0, 3, 0.5]]] },
    { name: 'a gap of 1 throws', expectError: true, args: [M, 2, [[0, 1, 1]]] },
    { name: 'a point index out of range throws', expectError: true, args: [M, 2, [[5, 1, 0.5]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2900 + i);
      const n = r.int(4, 30);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2910 + i, n, r.int(1, 5), r.int(1, Math.min(6, n - 1)), r.int(1, 15)) };
    }),
    { name: 'large: 500 points, 2000 requests', tolerance: TOL, weight: 2, args: randomCase(99, 500, 6, 5, 2000) },
  ],
});
