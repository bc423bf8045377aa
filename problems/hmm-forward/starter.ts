export function hmmForward(pi: number[], A: number[][], B: number[][], obs: number[]): { logLik: number; filtered: number[][] } {
  // TODO: forward recursion, normalizing α at every step and summing the logs of the normalizers
  return { logLik: 0, filtered: obs.map(() => pi.slice()) };
}
