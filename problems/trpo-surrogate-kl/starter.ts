export function trpoCheck(piOld: number[][], piNew: number[][], actions: number[], adv: number[], delta: number, maxBacktracks: number): { surrogate: number; kl: number; feasible: number; stepFraction: number } {
  // TODO: importance-weighted surrogate, mean KL(old ‖ new), feasibility, then backtrack 1, 1/2, 1/4, …
  throw new Error('Not implemented');
}
