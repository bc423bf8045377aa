export function arima111Forecast(y: number[], phi: number, theta: number, c: number, steps: number): [number[], number[]] {
  if (y.length < 2 || y.some((v) => !Number.isFinite(v))) throw new Error('need at least two finite values');
  if (![phi, theta, c].every(Number.isFinite) || !Number.isInteger(steps) || steps < 0) throw new Error('bad parameters');
  const w: number[] = [];
  for (let t = 1; t < y.length; t++) w.push(y[t] - y[t - 1]);
  const e: number[] = [0];
  for (let t = 1; t < w.length; t++) e.push(w[t] - c - phi * w[t - 1] - theta * e[t - 1]);
  const out: number[] = [];
  let level = y[y.length - 1];
  let next = c + phi * w[w.length - 1] + theta * e[e.length - 1];
  for (let k = 0; k < steps; k++) {
    level += next;
    out.push(level);
    next = c + phi * next;
  }
  return [e, out];
}
