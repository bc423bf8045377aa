export function clipGradients(grads: number[][], clipValue: number, maxNorm: number): { byValue: number[][]; byGlobalNorm: number[][]; totalNorm: number } {
  // TODO: clamp entries to [-clipValue, clipValue]; scale everything by maxNorm / (N + 1e-6) when that is below 1
  return { byValue: grads.map((r) => r.slice()), byGlobalNorm: grads.map((r) => r.slice()), totalNorm: 0 };
}
