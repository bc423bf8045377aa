// expect: wrong_answer
// mistake: returns the forecast of the differences ŵ instead of integrating them back to levels ŷ
// caught-by: random 1
export function arima111Forecast(y: number[], phi: number, theta: number, c: number, steps: number): [number[], number[]] {
  if (y.length < 2 || y.some((v) => !Number.isFinite(v)) || ![phi, theta, c].every(Number.isFinite) || !Number.isInteger(steps) || steps < 0) throw new Error('bad input');
  const w = y.slice(1).map((v, i) => v - y[i]);
  const e = [0];
  for (let t = 1; t < w.length; t++) e.push(w[t] - c - phi * w[t - 1] - theta * e[t - 1]);
  const out: number[] = [];
  let next = c + phi * w[w.length - 1] + theta * e[e.length - 1];
  for (let k = 0; k < steps; k++) { out.push(next); next = c + phi * next; }
  return [e, out];
}
