/** Plain TS: window i is series[i..i+L−1], its target series[i+L−1+horizon]. */
export function makeWindows(series: number[], L: number, horizon: number): { X: number[][]; y: number[] } {
  if (!Number.isInteger(L) || L < 1) throw new Error('the window length L must be an integer ≥ 1');
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error('the horizon must be an integer ≥ 1');
  const count = Math.max(0, series.length - L - horizon + 1);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < count; i++) {
    X.push(series.slice(i, i + L));
    y.push(series[i + L - 1 + horizon]!);
  }
  return { X, y };
}
