import { defineTests, rng } from '../../grader/kit.ts';

const image = (seed: number, H: number, W: number, C: number) => { const r = rng(seed); return Array.from({ length: H }, () => r.matrix(W, C)); };
const noiseOf = (seed: number, H: number, W: number, C: number, s: number) => { const r = rng(seed); return Array.from({ length: H }, () => r.normalMatrix(W, C, 0, s)); };
const example = [[[[0.2, 0.9], [0.4, 0.1]], [[0.6, 0.5], [0.8, 0.3]]], true, null, 0, 0.1, 2, null];

function randomCase(seed: number) {
  const r = rng(seed);
  const H = r.int(3, 10), W = r.int(3, 10), C = r.int(1, 3);
  const h = r.int(1, H), w = r.int(1, W);
  const crop = [r.int(0, H - h), r.int(0, W - w), h, w];
  const pad = r.int(1, 3);
  return [image(seed + 1, H, W, C), r.uniform() < 0.5, crop, pad, r.uniform(-0.2, 0.2), r.uniform(0.5, 1.5), noiseOf(seed + 2, h + 2 * pad, w + 2 * pad, C, 0.05)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'crop, pad and lower contrast', sample: true, args: [[[[0.2, 0.9], [0.4, 0.1]], [[0.6, 0.5], [0.8, 0.3]]], false, [0, 1, 2, 1], 1, 0, 0.5, null] },
    { name: 'no padding, no crop, contrast 1', args: [image(6900, 5, 4, 3), false, null, 0, 0, 1, null] },
    { name: 'contrast 0 flattens each channel', args: [image(6901, 4, 6, 3), true, [1, 1, 3, 4], 2, 0.05, 0, null] },
    { name: 'clipping at both ends', args: [image(6902, 6, 6, 2), false, null, 1, 0.3, 3, noiseOf(6903, 8, 8, 2, 0.2)] },
    { name: 'flip then crop a corner', args: [image(6904, 5, 7, 1), true, [0, 0, 2, 3], 0, 0, 1, null] },
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(6910 + 10 * i) })),
    { name: 'large: 224×224×3', args: [image(7000, 224, 224, 3), true, [10, 20, 200, 180], 12, 0.1, 1.2, noiseOf(7001, 224, 204, 3, 0.02)], weight: 2 },
    { name: 'a crop outside the image throws', args: [image(7002, 4, 4, 1), false, [2, 0, 3, 2], 0, 0, 1, null], expectError: true },
    { name: 'noise of the wrong shape throws', args: [image(7003, 4, 4, 1), false, null, 1, 0, 1, noiseOf(7004, 4, 4, 1, 0.1)], expectError: true },
    { name: 'a negative pad throws', args: [image(7005, 4, 4, 1), false, null, -1, 0, 1, null], expectError: true },
  ],
});
