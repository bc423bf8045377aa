export function somTrain(
  W0: number[][], rows: number, cols: number, inputs: number[][], eta0: number, sigma0: number, tau: number,
): { weights: number[][]; bmus: number[] } {
  // TODO: for each input: find the best-matching unit, then pull every neuron toward the input with a
  // Gaussian neighbourhood on the grid; learning rate and radius decay as exp(−t/τ)
  return { weights: W0.map((w) => w.slice()), bmus: inputs.map(() => 0) };
}
