export function ridgeFit(X: number[][], y: number[], alpha: number): { weights: number[]; bias: number } {
  // TODO: centre X and y, solve (Xc^T Xc + alpha I) w = Xc^T yc, then b = mean(y) - mean(x)^T w
  return { weights: X[0].map(() => 0), bias: 0 };
}
