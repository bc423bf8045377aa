import { defineTests, rng, type Rng } from '../../grader/kit.ts';

type T3 = number[][][];
type K = number[][][][];
type Args = [T3, K, number[], number[][], K, number[], number[][], K | null, number[] | null, number[][] | null, number, number];

function kernel(r: Rng, O: number, C: number, k: number): K {
  const s = 1 / Math.sqrt(C * k * k);
  return Array.from({ length: O }, () => Array.from({ length: C }, () => r.matrix(k, k, -1.7 * s, 1.7 * s)));
}

function bn(r: Rng, C: number): number[][] {
  return [r.vector(C, 0.5, 1.5), r.vector(C, -0.3, 0.3), r.vector(C, -0.2, 0.2), r.vector(C, 0.3, 2)];
}

function randomCase(seed: number, Cin: number, Cout: number, H: number, W: number, stride: number): Args {
  const r = rng(seed);
  const x = Array.from({ length: Cin }, () => r.normalMatrix(H, W));
  const projection = stride !== 1 || Cin !== Cout;
  return [
    x, kernel(r, Cout, Cin, 3), r.vector(Cout, -0.1, 0.1), bn(r, Cout), kernel(r, Cout, Cout, 3), r.vector(Cout, -0.1, 0.1), bn(r, Cout),
    projection ? kernel(r, Cout, Cin, 1) : null, projection ? r.vector(Cout, -0.1, 0.1) : null, projection ? bn(r, Cout) : null, stride, 1e-5,
  ];
}

const ID3: K = [[[[0, 0, 0], [0, 1, 0], [0, 0, 0]]]];
const BN_ID = [[1], [0], [0], [1]];

export default defineTests({
  cases: [
    { name: 'worked example: identity kernels, one channel', sample: true, args: [[[[1, -1], [2, 0]]], ID3, [0.5], BN_ID, ID3, [0], [[2], [0], [0], [1]], null, null, null, 1, 0] },
    { name: 'identity shortcut, two channels', sample: true, args: randomCase(4201, 2, 2, 4, 4, 1) },
    { name: 'projection shortcut: more channels', args: randomCase(4202, 2, 4, 5, 5, 1) },
    { name: 'projection shortcut: stride 2 on an even size', args: randomCase(4203, 3, 3, 6, 6, 2) },
    { name: 'stride 2 on an odd size', args: randomCase(4204, 2, 4, 7, 5, 2) },
    { name: 'one-pixel input', args: randomCase(4205, 3, 3, 1, 1, 1) },
    { name: 'running statistics matter (eval mode)', args: (() => { const a = randomCase(4206, 2, 2, 3, 4, 1); a[3] = [[1, 1], [0, 0], [0.8, -0.6], [4, 0.25]]; return a; })() },
    { name: 'large eps', args: (() => { const a = randomCase(4207, 2, 2, 4, 4, 1); a[11] = 0.5; return a; })() },
    { name: 'projection needed but missing throws', args: (() => { const a = randomCase(4208, 2, 3, 4, 4, 1); a[7] = null; a[8] = null; a[9] = null; return a; })(), expectError: true },
    { name: 'batch-norm parameters of the wrong length throw', args: (() => { const a = randomCase(4209, 2, 2, 4, 4, 1); a[3] = [[1], [0], [0], [1]]; return a; })(), expectError: true },
    { name: 'conv1 with the wrong input channels throws', args: (() => { const a = randomCase(4210, 2, 2, 4, 4, 1); a[1] = kernel(rng(1), 2, 3, 3); return a; })(), expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4220 + i);
      const Cin = r.int(1, 4), stride = r.int(1, 2);
      const Cout = r.uniform() < 0.5 ? Cin : r.int(1, 5);
      return { name: `random ${i + 1}`, args: randomCase(4240 + i, Cin, Cout, r.int(2, 8), r.int(2, 8), stride) };
    }),
    { name: 'large: 8 → 16 channels, 24×24, stride 2', args: randomCase(4299, 8, 16, 24, 24, 2), weight: 2 },
  ],
});
