// expect: wrong_answer
// mistake: keeps adding θ·ε_n at every horizon, although future shocks have mean zero after the first step
// caught-by: forecast ten steps
export function arima111Forecast(y: number[], phi: number, theta: number, c: number, steps: number): [number[], number[]] {
  if (y.length < 2 || y.some((v) => !Number.isFinite(v)) || ![phi, theta, c].every(Number.isFinite) || !Number.isInteger(steps) || steps < 0) throw new Error('bad input');
  const w = y.slice(1).map((v, i) => v - y[i]);
  const e = [0];
  for (let t = 1; t < w.length; t++) e.push(w[t] - c - phi * w[t - 1] - theta * e[t - 1]);
  const last = e[e.length - 1];
  const out: number[] = [];
  let level = y[y.length - 1];
  let prev = w[w.length - 1];
  for (let k = 0; k < steps; k++) {
    const next = c + phi * prev + theta * last;
    level += next;
    out.push(level);
    prev = next;
  }
  return [e, out];
}
