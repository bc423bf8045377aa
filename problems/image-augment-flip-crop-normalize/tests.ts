import { defineTests, rng } from '../../grader/kit.ts';

const image = (seed: number, C: number, H: number, W: number) => { const r = rng(seed); return Array.from({ length: C }, () => r.matrix(H, W)); };
const cifar = (seed: number, flip: boolean, top: number, left: number) => [image(seed, 3, 32, 32), flip, 4, top, left, 32, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]];
const example = [[[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], true, 1, 0, 1, 2, [0.5], [0.5]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'a CIFAR image, no flip', sample: true, args: cifar(6700, false, 4, 4) },
    { name: 'flip with an off-centre crop', args: [image(6701, 2, 5, 6), true, 2, 1, 1, 4, [0.4, 0.6], [0.2, 0.3]] },
    { name: 'crop at the top-left corner', args: cifar(6702, true, 0, 0) },
    { name: 'crop at the bottom-right corner', args: cifar(6703, false, 8, 8) },
    { name: 'no padding', args: [image(6704, 3, 6, 6), true, 0, 1, 2, 4, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]] },
    { name: 'odd width with flip', args: [image(6705, 1, 3, 5), true, 0, 0, 0, 3, [0], [1]] },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(6710 + i);
      const C = r.int(1, 4), H = r.int(3, 12), W = r.int(3, 12), pad = r.int(0, 4);
      const size = r.int(1, Math.min(H, W) + pad);
      return { name: `random ${i + 1}`, args: [image(6720 + i, C, H, W), r.uniform() < 0.5 || i === 1, pad, r.int(0, H + 2 * pad - size), r.int(0, W + 2 * pad - size), size, r.vector(C, 0.3, 0.7), r.vector(C, 0.1, 0.5)] };
    }),
    { name: 'large: 3×224×224', args: [image(6800, 3, 224, 224), true, 16, 20, 12, 224, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]], weight: 2 },
    { name: 'a crop past the padded edge throws', args: [...example.slice(0, 3), 3, 1, 2, [0.5], [0.5]], expectError: true },
    { name: 'a zero std throws', args: [...example.slice(0, 6), [0.5], [0]], expectError: true },
    { name: 'mean of the wrong length throws', args: [...example.slice(0, 6), [0.5, 0.5], [0.5]], expectError: true },
  ],
});
