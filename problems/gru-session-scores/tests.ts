import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-4, atol: 1e-5, fields: { topK: { exact: true } } };

/** float64 forward pass, used only to redraw cases whose ranking would sit on a near-tie. */
function scores64(items: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wout: number[][], bout: number[]): number[][] {
  const H = Whh[0]!.length;
  const sg = (v: number) => 1 / (1 + Math.exp(-v));
  const aff = (W: number[][], b: number[], v: number[]) => W.map((row, i) => b[i]! + row.reduce((s, w, j) => s + w * v[j]!, 0));
  return items.map((sess) => {
    let h = new Array<number>(H).fill(0);
    for (const id of sess) {
      const gi = aff(Wih, bih, E[id]!), gh = aff(Whh, bhh, h);
      h = h.map((hp, u) => { const r = sg(gi[u]! + gh[u]!), z = sg(gi[H + u]! + gh[H + u]!); const n = Math.tanh(gi[2 * H + u]! + r * gh[2 * H + u]!); return (1 - z) * n + z * hp; });
    }
    return aff(Wout, bout, h);
  });
}

function randomCase(seed: number, B: number, T: number, nItems: number, D: number, H: number, k: number) {
  const r = rng(seed);
  for (;;) {
    const E = r.matrix(nItems, D, -1, 1);
    const Wih = r.matrix(3 * H, D, -0.8, 0.8), Whh = r.matrix(3 * H, H, -0.8, 0.8);
    const bih = Array.from({ length: 3 * H }, () => r.uniform(-0.5, 0.5)), bhh = Array.from({ length: 3 * H }, () => r.uniform(-0.5, 0.5));
    const Wout = r.matrix(nItems, H, -1, 1), bout = Array.from({ length: nItems }, () => r.uniform(-0.2, 0.2));
    const items = Array.from({ length: B }, () => Array.from({ length: T }, () => r.int(0, nItems - 1)));
    if (items.some((s) => s.some((id) => id < 0 || id >= nItems))) continue;
    const S = scores64(items, E, Wih, Whh, bih, bhh, Wout, bout);
    const ok = S.every((row) => { const s = [...row].sort((a, b) => b - a); for (let i = 0; i < Math.min(k, s.length - 1); i++) if (s[i]! - s[i + 1]! < 1e-3) return false; return true; });
    if (ok) return [items, E, Wih, Whh, bih, bhh, Wout, bout, k];
  }
}

const ex1 = [[[0]], [[1], [-1]], [[0], [0], [1]], [[0], [0], [0]], [0, 0, 0], [0, 0, 0], [[1], [-1], [2]], [0, 0, 0], 2];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: ex1, tolerance: TOL },
    { name: 'two sessions of length 3', sample: true, args: randomCase(1, 2, 3, 5, 3, 2, 3), tolerance: TOL },
    { name: 'non-zero b_hn matters', args: [[[0, 1], [1, 1]], [[0.5, -1], [1, 0.25]], [[0.2, 0.1], [-0.3, 0.4], [0.5, -0.5], [0.1, 0.2], [0.7, -0.2], [-0.4, 0.3]], [[0.3, -0.1], [0.2, 0.5], [-0.6, 0.1], [0.4, 0.2], [0.5, 0.5], [-0.3, 0.8]], [0.1, -0.2, 0.3, 0.1, 0.2, -0.1], [0.2, 0.1, -0.3, 0.4, 1.5, -1.2], [[1, 0], [0, 1], [1, 1]], [0, 0, 0], 3], tolerance: TOL },
    { name: 'update gate saturated: state copied through', args: [[[0, 1, 0]], [[1], [-1]], [[0], [0], [1]], [[0], [0], [1]], [0, 0, 0], [0, 40, 0], [[1], [2]], [0.5, 0], 1], tolerance: TOL },
    { name: 'equal scores rank lower index first', args: [[[0, 1]], [[1, 0], [0, 1]], [[0.5, 0.1], [0.2, -0.3], [0.4, 0.6]], [[0.1], [0.2], [0.3]], [0, 0, 0], [0, 0, 0], [[1], [0.5], [1], [0.5], [2]], [0, 0, 0, 0, -1], 4], tolerance: TOL },
    { name: 'k equals the number of items', args: randomCase(2, 1, 4, 6, 2, 3, 6), tolerance: TOL },
    { name: 'negative item id throws', args: [[[0, -1]], [[1], [-1]], [[0], [0], [1]], [[0], [0], [0]], [0, 0, 0], [0, 0, 0], [[1], [-1]], [0, 0], 1], expectError: true },
    { name: 'fractional item id throws', args: [[[0, 0.5]], [[1], [-1]], [[0], [0], [1]], [[0], [0], [0]], [0, 0, 0], [0, 0, 0], [[1], [-1]], [0, 0], 1], expectError: true },
    { name: 'item id out of range throws', args: [[[0, 2]], [[1], [-1]], [[0], [0], [1]], [[0], [0], [0]], [0, 0, 0], [0, 0, 0], [[1], [-1]], [0, 0], 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(40 + i);
      const n = r.int(3, 9);
      return { name: `random ${i + 1}`, args: randomCase(50 + i, r.int(1, 4), r.int(1, 6), n, r.int(1, 4), r.int(1, 5), r.int(1, n)), tolerance: TOL };
    }),
    { name: 'large: 32 sessions of 20 clicks, 200 items', args: randomCase(99, 32, 20, 200, 16, 24, 10), tolerance: TOL, weight: 2 },
  ],
});
