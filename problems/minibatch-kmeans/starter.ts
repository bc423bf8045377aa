export function miniBatchKMeans(X: number[][], init: number[][], batches: number[][]): { centers: number[][]; counts: number[] } {
  // TODO: for each batch, assign its points to the nearest current centre, then move every centre that
  // received points to the running mean of all points it has received
  return { centers: init.map((c) => c.slice()), counts: init.map(() => 0) };
}
