export function pool2d(x: number[][][], k: number, s: number, dy: number[][][]): { max: number[][][]; avg: number[][][]; dxMax: number[][][]; dxAvg: number[][][] } {
  // TODO: slide a k×k window with stride s over every channel; route dy back for both poolings
  throw new Error('Not implemented');
}
