export function gpExpectedImprovement(X: number[][], y: number[], Xcand: number[][], lengthScale: number, signalVar: number, noiseVar: number, xi: number): [number[], number[], number[], number] {
  // TODO: Cholesky of K + (noiseVar + 1e-10·signalVar)I, posterior mean and std at each candidate, EI for minimisation, argmax
  throw new Error('Not implemented');
}
