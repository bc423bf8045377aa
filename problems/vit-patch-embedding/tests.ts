import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][][], number, number[][], number[], number[], number[][]];

function randomCase(seed: number, C: number, H: number, W: number, P: number, D: number): Args {
  const r = rng(seed);
  const img = Array.from({ length: C }, () => r.matrix(H, W, 0, 1));
  const N = (H / P) * (W / P);
  const F = C * P * P;
  return [img, P, r.matrix(D, F, -1 / Math.sqrt(F), 1 / Math.sqrt(F)), r.vector(D, -0.1, 0.1), r.normalMatrix(1, D)[0]!, r.normalMatrix(N + 1, D, 0, 0.02)];
}

export default defineTests({
  cases: [
    { name: 'worked example: two patches', sample: true, args: [[[[1, 2, 3, 4], [5, 6, 7, 8]]], 2, [[1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25]], [0, 1], [9, 9], [[0, 0], [0.1, 0.1], [0.2, 0.2]]] },
    { name: 'three channels, 4×4 image, 2×2 patches', sample: true, args: randomCase(1101, 3, 4, 4, 2, 5) },
    { name: 'one patch covers the whole image', args: randomCase(1102, 3, 4, 4, 4, 6) },
    { name: 'single channel', args: randomCase(1103, 1, 6, 6, 3, 4) },
    { name: 'non-square image (patch order)', args: randomCase(1104, 2, 4, 8, 2, 3) },
    { name: 'tall image (patch order)', args: randomCase(1105, 2, 9, 3, 3, 4) },
    { name: 'patch size 1', args: randomCase(1106, 3, 2, 3, 1, 4) },
    { name: 'embedding width 1', args: randomCase(1107, 2, 4, 4, 2, 1) },
    { name: 'image not divisible by the patch size throws', args: (() => { const a = randomCase(1108, 1, 4, 4, 2, 2); a[1] = 3; return a; })(), expectError: true },
    { name: 'pos with the wrong number of rows throws', args: (() => { const a = randomCase(1109, 1, 4, 4, 2, 2); a[5] = a[5].slice(1); return a; })(), expectError: true },
    { name: 'W of the wrong width throws', args: (() => { const a = randomCase(1110, 2, 4, 4, 2, 2); a[2] = a[2].map((r) => r.slice(1)); return a; })(), expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1120 + i);
      const P = r.int(1, 4);
      return { name: `random ${i + 1}`, args: randomCase(1140 + i, r.int(1, 3), P * r.int(1, 4), P * r.int(1, 4), P, r.int(1, 8)) };
    }),
    { name: 'large: 3×224×224 image, 16×16 patches, D = 64', args: randomCase(1199, 3, 224, 224, 16, 64), weight: 2 },
  ],
});
