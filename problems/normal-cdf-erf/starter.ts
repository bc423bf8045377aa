export function normalCdf(x: number[], mu: number, sigma: number): { cdf: number[]; within: number[] } {
  // TODO: implement erf (JavaScript has none), Φ((x − μ)/σ) = ½[1 + erf((x − μ)/(σ√2))], and the 1σ/2σ/3σ masses
  return { cdf: x.map(() => 0.5), within: [0.68, 0.95, 0.997] };
}
