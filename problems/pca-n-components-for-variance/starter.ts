export function componentsForVariance(
  eigenvalues: number[], tau: number,
): { ratios: number[]; cumulative: number[]; countAtLeast: number; countAbove: number } {
  // TODO: explained-variance ratios, their running sum, and the two counts
  return { ratios: [], cumulative: [], countAtLeast: 1, countAbove: 1 };
}
