import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, T: number, D: number, H: number, zeroInit = false) {
  const r = rng(seed);
  const xs = r.matrix(T, D, -1, 1);
  const h0 = zeroInit ? Array(H).fill(0) : r.vector(H, -0.5, 0.5);
  const c0 = zeroInit ? Array(H).fill(0) : r.vector(H, -1, 1);
  const Wih = r.matrix(4 * H, D, -1, 1);
  const Whh = r.matrix(4 * H, H, -1, 1).map((row) => row.map((v) => v / Math.sqrt(H)));
  const bih = r.vector(4 * H, -0.5, 0.5);
  const bhh = r.vector(4 * H, -0.5, 0.5);
  return [xs, h0, c0, Wih, Whh, bih, bhh];
}

/** Forget gate pinned near 1 and input gate near 0: the cell state passes through unchanged. */
function carryCase() {
  const H = 3, D = 2;
  const [xs, h0, c0, , Whh] = randomCase(31, 6, D, H);
  const Wih = Array.from({ length: 4 * H }, () => [0, 0]);
  const bias = [...Array(H).fill(-50), ...Array(H).fill(50), ...Array(H).fill(0.3), ...Array(H).fill(1)];
  const zeroWhh = (Whh as number[][]).map((row, r) => (r < 2 * H ? row.map(() => 0) : row));
  return [xs, h0, c0, Wih, zeroWhh, bias, Array(4 * H).fill(0)];
}

export default defineTests({
  cases: [
    { name: 'one unit, two steps', sample: true, args: [[[1], [-1]], [0], [0], [[1], [0.5], [2], [-1]], [[0.5], [0], [1], [0.25]], [0, 1, 0, 0], [0, 0, 0, 0.5]] },
    { name: 'two units, three inputs', sample: true, args: randomCase(7, 3, 3, 2) },
    { name: 'empty sequence returns c0', args: [[], [0.1, 0.2], [0.5, -0.5], randomCase(8, 1, 2, 2)[3], randomCase(8, 1, 2, 2)[4], Array(8).fill(0), Array(8).fill(0)] },
    { name: 'single step', args: randomCase(9, 1, 4, 3) },
    { name: 'zero initial state', args: randomCase(10, 5, 3, 4, true) },
    { name: 'all-zero weights', args: [[[1, 2], [3, 4], [5, 6]], [0.3, -0.3], [1, -2], Array.from({ length: 8 }, () => [0, 0]), Array.from({ length: 8 }, () => [0, 0]), Array(8).fill(0), Array(8).fill(0)] },
    { name: 'forget gate open, input gate closed', args: carryCase() },
    { name: 'saturated gates', args: (() => { const a = randomCase(12, 4, 2, 3) as number[][][]; a[3] = (a[3] as number[][]).map((row) => row.map((v) => 50 * v)); return a; })() },
    { name: 'hidden size 1', args: randomCase(13, 7, 3, 1) },
    { name: 'asymmetric gate weights', args: randomCase(14, 6, 2, 5) },
    { name: 'c0 of the wrong length throws', expectError: true, args: [[[1]], [0], [0, 0], [[1], [1], [1], [1]], [[1], [1], [1], [1]], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { name: 'a bias of the wrong length throws', expectError: true, args: [[[1]], [0], [0], [[1], [1], [1], [1]], [[1], [1], [1], [1]], [0, 0, 0, 0], [0, 0, 0]] },
    { name: 'an input row of the wrong width throws', expectError: true, args: [[[1], [1, 2]], [0], [0], [[1], [1], [1], [1]], [[1], [1], [1], [1]], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { name: 'recurrent rows of the wrong length throw', expectError: true, args: [[[1]], [0], [0], [[1], [1], [1], [1]], [[1, 0], [1, 0], [1, 0], [1, 0]], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { name: 'Wih without 4H rows throws', expectError: true, args: [[[1]], [0, 0], [0, 0], [[1], [1], [1], [1]], Array.from({ length: 8 }, () => [0, 0]), Array(8).fill(0), Array(8).fill(0)] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(40 + i);
      return { name: `random ${i + 1}`, args: randomCase(50 + i, r.int(2, 12), r.int(1, 6), r.int(1, 6)) };
    }),
    { name: 'large: 150 steps, 16 units', args: randomCase(4096, 150, 8, 16), weight: 2 },
  ],
});
