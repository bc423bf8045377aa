export function hopfield(patterns: number[][], probe: number[], order: number[], sweeps: number): { weights: number[][]; state: number[]; energies: number[] } {
  // TODO: Hebbian weights, asynchronous sign updates in the given order, the energy after each sweep
  throw new Error('Not implemented');
}
