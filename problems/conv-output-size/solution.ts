type Layer = { kind: 'conv' | 'pool' | 'convT'; kernel: number; stride: number; padding: number; dilation: number; outChannels: number };

export function convStackShape(inShape: number[], layers: Layer[]): { shapes: number[][]; flatten: number } {
  if (inShape.length !== 3 || inShape.some((v) => !Number.isInteger(v) || v < 1)) throw new Error('bad input shape');
  let [C, H, W] = inShape;
  const shapes: number[][] = [];
  for (const { kind, kernel: k, stride: s, padding: p, dilation: d, outChannels } of layers) {
    if (!(s >= 1 && k >= 1 && d >= 1 && p >= 0)) throw new Error('bad layer parameters');
    const out = (n: number) => {
      if (kind === 'convT') return (n - 1) * s - 2 * p + d * (k - 1) + 1;
      const span = d * (k - 1) + 1; // the dilated kernel covers this many input pixels
      if (n + 2 * p < span) throw new Error('kernel larger than the padded input');
      return Math.floor((n + 2 * p - span) / s) + 1;
    };
    H = out(H);
    W = out(W);
    if (H < 1 || W < 1) throw new Error('empty output');
    if (kind !== 'pool') C = outChannels;
    shapes.push([C, H, W]);
  }
  return { shapes, flatten: C * H * W };
}
