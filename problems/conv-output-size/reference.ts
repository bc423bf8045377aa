export interface Layer {
  kind: 'conv' | 'pool' | 'convT';
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
  outChannels: number;
}

/**
 * Plain integer arithmetic: the C×H×W shape after every layer of a conv/pool/transposed-conv stack
 * (square kernels, the same stride/padding/dilation on both axes) and the flattened size at the end.
 */
export function convStackShape(inShape: number[], layers: Layer[]): { shapes: number[][]; flatten: number } {
  if (inShape.length !== 3 || inShape.some((v) => !Number.isInteger(v) || v < 1)) throw new Error('inShape must be [C, H, W] of positive integers');
  let [C, H, W] = inShape as [number, number, number];
  const shapes: number[][] = [];
  layers.forEach((L, i) => {
    const { kind, kernel: k, stride: s, padding: p, dilation: d, outChannels } = L;
    if (kind !== 'conv' && kind !== 'pool' && kind !== 'convT') throw new Error(`layer ${i}: unknown kind`);
    if (![k, s, d].every((v) => Number.isInteger(v) && v >= 1) || !Number.isInteger(p) || p < 0) throw new Error(`layer ${i}: kernel, stride and dilation must be integers ≥ 1 and padding an integer ≥ 0`);
    if (kind !== 'pool' && (!Number.isInteger(outChannels) || outChannels < 1)) throw new Error(`layer ${i}: outChannels must be a positive integer`);
    const size = (n: number): number => {
      if (kind === 'convT') return (n - 1) * s - 2 * p + d * (k - 1) + 1;
      const span = d * (k - 1) + 1;
      if (n + 2 * p < span) throw new Error(`layer ${i}: the kernel (span ${span}) is larger than the padded input ${n + 2 * p}`);
      return Math.floor((n + 2 * p - span) / s) + 1;
    };
    H = size(H);
    W = size(W);
    if (H < 1 || W < 1) throw new Error(`layer ${i}: the output would be empty`);
    if (kind !== 'pool') C = outChannels;
    shapes.push([C, H, W]);
  });
  return { shapes, flatten: C * H * W };
}
