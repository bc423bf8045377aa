export function xgbBestSplit(
  x: number[], y: number[], F: number[], lambda: number, gamma: number, eta: number,
): { threshold: number; gain: number; leftWeight: number; rightWeight: number; newF: number[] } {
  // TODO: g = p − y, h = p(1 − p); scan midpoints, score ½[G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ)] − γ,
  // leaf weights −G/(H+λ), then F + eta·w
  throw new Error('Not implemented');
}
