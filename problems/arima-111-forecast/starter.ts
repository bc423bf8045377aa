export function arima111Forecast(y: number[], phi: number, theta: number, c: number, steps: number): [number[], number[]] {
  // TODO: difference y, run the residual recursion from ε₁ = 0, forecast the differences and integrate them
  throw new Error('Not implemented');
}
