import { defineTests, rng } from '../../grader/kit.ts';

function randomStack(seed: number, depth: number): [number[][], number] {
  const r = rng(seed);
  let n = r.int(64, 256);
  const start = n;
  const layers: number[][] = [];
  while (layers.length < depth) {
    const k = r.int(1, 5), s = r.int(1, 2), p = r.int(0, 2);
    const out = Math.floor((n + 2 * p - k) / s) + 1;
    if (out < 1) continue;
    layers.push([k, s, p]);
    n = out;
  }
  return [layers, start];
}

export default defineTests({
  cases: [
    { name: 'worked example: a small CNN', sample: true, args: [[[3, 1, 1], [3, 2, 1], [2, 2, 0], [3, 1, 1]], 32] },
    { name: 'ResNet stem', sample: true, args: [[[7, 2, 3], [3, 2, 1], [3, 1, 1], [3, 1, 1]], 224] },
    { name: 'stride 1 then stride 2', args: [[[3, 1, 0], [3, 2, 0]], 32] },
    { name: 'three 2×2 stride-2 layers', args: [[[2, 2, 0], [2, 2, 0], [2, 2, 0]], 64] },
    { name: 'all strides 1', args: [[[3, 1, 1], [5, 1, 2], [3, 1, 1]], 20] },
    { name: '1×1 convolutions leave the field unchanged', args: [[[1, 1, 0], [3, 1, 0], [1, 1, 0]], 10] },
    { name: 'stride-2 pooling doubles the next jump', args: [[[2, 2, 0], [3, 1, 1]], 16] },
    { name: 'padding larger than the kernel', args: [[[3, 1, 4], [1, 2, 3]], 5] },
    { name: 'no layers', args: [[], 17] },
    { name: 'empty output throws', args: [[[5, 1, 0]], 4], expectError: true },
    { name: 'malformed layer throws', args: [[[3, 1]], 8], expectError: true },
    { name: 'stride 0 throws', args: [[[3, 0, 1]], 8], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random stack ${i + 1}`, args: randomStack(3400 + i, 2 + 2 * i) })),
  ],
});
