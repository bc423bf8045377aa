export function bilinearResize(x: number[][], outH: number, outW: number): number[][] {
  // TODO: map each output pixel centre back to the input (half-pixel centres), clamp, and interpolate
  return Array.from({ length: outH }, () => new Array<number>(outW).fill(0));
}
