import { defineTests, rng } from '../../grader/kit.ts';
import type { Layer } from './reference.ts';

const conv = (outChannels: number, kernel: number, stride = 1, padding = 0, dilation = 1): Layer => ({ kind: 'conv', kernel, stride, padding, dilation, outChannels });
const pool = (kernel: number, stride = kernel, padding = 0): Layer => ({ kind: 'pool', kernel, stride, padding, dilation: 1, outChannels: 0 });
const convT = (outChannels: number, kernel: number, stride = 1, padding = 0, dilation = 1): Layer => ({ kind: 'convT', kernel, stride, padding, dilation, outChannels });

function randomStack(seed: number, depth: number): [number[], Layer[]] {
  const r = rng(seed);
  const layers: Layer[] = [];
  let H = r.int(24, 64);
  const start = [r.int(1, 4), H, H + r.int(0, 9)];
  for (let i = 0; i < depth; i++) {
    const which = r.int(0, 4);
    let L: Layer;
    if (which === 0) L = pool(r.int(2, 3), r.int(1, 2));
    else if (which === 1) L = convT(r.int(1, 16), r.int(2, 4), r.int(1, 2), r.int(0, 1));
    else L = conv(r.int(1, 16), r.int(1, 3), r.int(1, 2), r.int(0, 2), r.int(1, 2));
    const span = L.kind === 'convT' ? 1 : L.dilation * (L.kernel - 1) + 1;
    if (H + 2 * L.padding < span + 1) continue;
    H = L.kind === 'convT' ? (H - 1) * L.stride - 2 * L.padding + L.dilation * (L.kernel - 1) + 1 : Math.floor((H + 2 * L.padding - span) / L.stride) + 1;
    layers.push(L);
  }
  return [start, layers];
}

export default defineTests({
  cases: [
    { name: 'worked example: a CIFAR-10 CNN', sample: true, args: [[3, 32, 32], [conv(32, 3), pool(2)]] },
    { name: 'conv autoencoder down and up', sample: true, args: [[1, 28, 28], [conv(16, 3, 2, 1), conv(32, 3, 2, 1), conv(64, 7), convT(32, 7), convT(16, 3, 2, 1)]] },
    { name: 'same padding keeps the size', args: [[3, 32, 32], [conv(8, 3, 1, 1), conv(8, 5, 1, 2)]] },
    { name: 'stride that does not divide (floor)', args: [[1, 7, 7], [conv(4, 2, 2)]] },
    { name: 'pooling drops the odd last row', args: [[6, 15, 15], [pool(2)]] },
    { name: 'overlapping 3×3 pooling with stride 2', args: [[64, 56, 56], [pool(3, 2, 1)]] },
    { name: 'ResNet downsampling on an odd size', args: [[64, 57, 57], [conv(128, 3, 2, 1), conv(128, 3, 1, 1), conv(128, 1, 2)]] },
    { name: 'dilated convolution', args: [[2, 20, 30], [conv(4, 3, 1, 0, 2), conv(4, 3, 1, 2, 2)]] },
    { name: 'transposed convolution doubling the size', args: [[16, 8, 8], [convT(8, 4, 2, 1), convT(3, 4, 2, 1)]] },
    { name: 'non-square input', args: [[3, 40, 24], [conv(8, 5, 2, 2), pool(2), conv(16, 3)]] },
    { name: 'kernel equal to the input', args: [[5, 9, 9], [conv(10, 9)]] },
    { name: 'no layers', args: [[3, 4, 5], []] },
    { name: 'kernel larger than the padded input throws', args: [[1, 4, 4], [conv(1, 7, 1, 1)]], expectError: true },
    { name: 'stride 0 throws', args: [[1, 8, 8], [conv(1, 3, 0)]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random stack ${i + 1}`, args: randomStack(3300 + i, 3 + i) })),
  ],
});
