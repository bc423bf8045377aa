export function binomialPmf(k: number[], n: number, p: number): { pmf: number[]; logPmf: number[] } {
  // TODO: log C(n, k) + k log p + (n − k) log(1 − p), computed in log space
  return { pmf: k.map(() => 0), logPmf: k.map(() => -Infinity) };
}
