export function makeWindows(series: number[], L: number, horizon: number): { X: number[][]; y: number[] } {
  if (!Number.isInteger(L) || L < 1 || !Number.isInteger(horizon) || horizon < 1) throw new Error('L and horizon must be integers ≥ 1');
  const X: number[][] = [];
  const y: number[] = [];
  // the last window must leave room for its target, horizon steps after its final element
  for (let i = 0; i + L - 1 + horizon < series.length; i++) {
    X.push(series.slice(i, i + L));
    y.push(series[i + L - 1 + horizon]);
  }
  return { X, y };
}
