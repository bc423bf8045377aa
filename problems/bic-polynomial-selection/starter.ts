export function bicPolySelect(x: number[], y: number[], maxDegree: number): { bic: number[]; bestDegree: number } {
  // TODO: least-squares polynomial of each degree, σ̂² = RSS/n, ℓ = −n/2(log 2πσ̂² + 1), BIC = k·log n − 2ℓ with k = d + 2
  return { bic: Array.from({ length: maxDegree + 1 }, () => 0), bestDegree: 0 };
}
