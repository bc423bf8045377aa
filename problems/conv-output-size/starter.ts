type Layer = { kind: 'conv' | 'pool' | 'convT'; kernel: number; stride: number; padding: number; dilation: number; outChannels: number };

export function convStackShape(inShape: number[], layers: Layer[]): { shapes: number[][]; flatten: number } {
  // TODO: apply the output-size formula of each layer in turn
  return { shapes: layers.map(() => inShape.slice()), flatten: inShape[0] * inShape[1] * inShape[2] };
}
