export function markovStationary(P: number[][], init: number[], steps: number): { stationary: number[]; nStep: number[] } {
  // TODO: solve πᵀP = πᵀ with Σπ = 1, and the distribution after `steps` steps from init
  return { stationary: init.slice(), nStep: init.slice() };
}
