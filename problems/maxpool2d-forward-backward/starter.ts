export function maxPool2d(x: number[][], k: number, s: number, dY: number[][]): { y: number[][]; dX: number[][] } {
  // TODO: window maxima; route each dY entry to the first maximum of its window, summing overlaps
  return { y: dY.map((r) => r.map(() => 0)), dX: x.map((r) => r.map(() => 0)) };
}
