export function streamingCovariance(batches: number[][][]): { n: number; mean: number[]; covariance: number[][] } {
  // TODO: keep (n, mean, centred scatter) and merge each batch in; covariance = scatter / (n − 1)
  return { n: 0, mean: [], covariance: [] };
}
