import { defineTests, rng, type Rng } from '../../grader/kit.ts';
import type { LstmWeights } from './reference.ts';

type Args = [number[][], LstmWeights, LstmWeights];

function weights(r: Rng, D: number, H: number, scale = 1): LstmWeights {
  const s = scale / Math.sqrt(H);
  return { Wih: r.matrix(4 * H, D, -s, s), Whh: r.matrix(4 * H, H, -s, s), bih: r.vector(4 * H, -s, s), bhh: r.vector(4 * H, -s, s) };
}

function randomCase(seed: number, T: number, D: number, H: number, scale = 1): Args {
  const r = rng(seed);
  return [r.normalMatrix(T, D), weights(r, D, H, scale), weights(r, D, H, scale)];
}

const F = { Wih: [[1], [0], [1], [1]], Whh: [[0], [0], [0], [0]], bih: [0, 0, 0, 0], bhh: [0, 0, 0, 0] };
const B = { Wih: [[0.5], [1], [-1], [0]], Whh: [[0.5], [0.5], [0.5], [0.5]], bih: [0, 0, 0, 0], bhh: [0, 0, 0, 0] };

export default defineTests({
  cases: [
    { name: 'worked example: two steps, one unit per direction', sample: true, args: [[[1], [2]], F, B] },
    { name: 'three steps, two units', sample: true, args: randomCase(4101, 3, 2, 2) },
    { name: 'one step: the summary equals the only output', args: randomCase(4102, 1, 3, 2) },
    { name: 'palindrome with shared weights', args: (() => { const r = rng(4103); const w = weights(r, 2, 3); const a = r.normalMatrix(2, 2); return [[...a, r.normalMatrix(1, 2)[0]!, ...[...a].reverse()], w, w] as Args; })() },
    { name: 'the backward half is not the last output', args: randomCase(4104, 5, 3, 2) },
    { name: 'gate order matters (asymmetric gates)', args: randomCase(4105, 4, 2, 3, 3) },
    { name: 'saturated gates', args: randomCase(4106, 4, 3, 2, 20) },
    { name: 'one hidden unit', args: randomCase(4107, 6, 2, 1) },
    { name: 'long sequence', args: randomCase(4108, 50, 4, 4) },
    { name: 'empty sequence throws', args: [[], F, B], expectError: true },
    { name: 'backward weights of the wrong width throw', args: [[[1, 2]], weights(rng(4109), 2, 2), weights(rng(4110), 3, 2)], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4120 + i);
      return { name: `random ${i + 1}`, args: randomCase(4140 + i, r.int(2, 10), r.int(1, 5), r.int(1, 5), r.uniform(0.5, 2)) };
    }),
    { name: 'large: 200 steps, 32 inputs, 32 units', args: randomCase(4199, 200, 32, 32), weight: 2 },
  ],
});
