// expect: wrong_answer
// mistake: always predicts the next value, ignoring the horizon
// caught-by: far horizon
export function makeWindows(series: number[], L: number, horizon: number): { X: number[][]; y: number[] } {
  if (!Number.isInteger(L) || L < 1 || !Number.isInteger(horizon) || horizon < 1) throw new Error('L and horizon must be integers ≥ 1');
  const X: number[][] = [];
  const y: number[] = [];
  // the last window must leave room for its target, horizon steps after its final element
  for (let i = 0; i + L < series.length; i++) {
    X.push(series.slice(i, i + L));
    y.push(series[i + L]);
  }
  return { X, y };
}
