import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[][], number[][], number[], number[]];

function randomCase(seed: number, T: number, D: number, H: number, scale = 1): Args {
  const r = rng(seed);
  const s = scale / Math.sqrt(H);
  return [r.normalMatrix(T, D), r.vector(H, -0.5, 0.5), r.matrix(3 * H, D, -s, s), r.matrix(3 * H, H, -s, s), r.vector(3 * H, -s, s), r.vector(3 * H, -s, s)];
}

const EX: Args = [[[1], [-1]], [0.5], [[1], [0], [2]], [[0], [1], [1]], [0, 0, 0], [0, 0, 0.5]];

export default defineTests({
  cases: [
    { name: 'worked example: one unit, two steps', sample: true, args: EX },
    { name: 'three steps, two units', sample: true, args: randomCase(4401, 3, 2, 2) },
    { name: 'hidden bias of the candidate sits inside the reset gate', args: (() => { const a = randomCase(4402, 5, 3, 3); a[5] = a[5].map((v, i) => (i >= 6 ? v + 1.5 : v)); return a; })() },
    { name: 'update gate near 1 copies the state', args: (() => { const a = randomCase(4403, 4, 2, 2); a[4] = a[4].map((v, i) => (i >= 2 && i < 4 ? 40 : v)); return a; })() },
    { name: 'update gate near 0 takes the candidate', args: (() => { const a = randomCase(4404, 4, 2, 2); a[4] = a[4].map((v, i) => (i >= 2 && i < 4 ? -40 : v)); return a; })() },
    { name: 'one step', args: randomCase(4405, 1, 4, 3) },
    { name: 'no steps', args: [[], [0.1, 0.2], randomCase(4406, 1, 2, 2)[2], randomCase(4406, 1, 2, 2)[3], new Array(6).fill(0), new Array(6).fill(0)] },
    { name: 'saturated gates', args: randomCase(4407, 6, 3, 2, 25) },
    { name: 'long sequence', args: randomCase(4408, 100, 3, 4) },
    { name: 'Whh of the wrong shape throws', args: [[[1]], [0.5], [[1], [0], [2]], [[0], [1]], [0, 0, 0], [0, 0, 0]], expectError: true },
    { name: 'input of the wrong width throws', args: [[[1, 2]], [0.5], [[1], [0], [2]], [[0], [1], [1]], [0, 0, 0], [0, 0, 0]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4420 + i);
      return { name: `random ${i + 1}`, args: randomCase(4440 + i, r.int(2, 12), r.int(1, 6), r.int(1, 6), r.uniform(0.5, 2.5)) };
    }),
    { name: 'large: 300 steps, 32 inputs, 32 units', args: randomCase(4499, 300, 32, 32), weight: 2 },
  ],
});
