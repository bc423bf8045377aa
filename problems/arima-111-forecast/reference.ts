/** ARIMA(1,1,1) with given φ, θ, c: conditional residuals of the differenced series (ε₁ = 0) and a level forecast. */
export function arima111Forecast(y: number[], phi: number, theta: number, c: number, steps: number): [number[], number[]] {
  if (y.length < 2 || !y.every(Number.isFinite)) throw new Error('y needs at least two finite values');
  if (![phi, theta, c].every(Number.isFinite)) throw new Error('phi, theta and c must be finite');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  const w = y.slice(1).map((v, i) => v - y[i]!);
  const eps = [0];
  for (let t = 1; t < w.length; t++) eps.push(w[t]! - c - phi * w[t - 1]! - theta * eps[t - 1]!);
  const forecast: number[] = [];
  let level = y[y.length - 1]!;
  let wHat = 0;
  for (let k = 1; k <= steps; k++) {
    wHat = k === 1 ? c + phi * w[w.length - 1]! + theta * eps[eps.length - 1]! : c + phi * wHat;
    level += wHat;
    forecast.push(level);
  }
  return [eps, forecast];
}
