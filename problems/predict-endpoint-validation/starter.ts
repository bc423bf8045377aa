export function handlePredict(body: unknown, mean: number[], scale: number[], w: number[], b: number): { prediction: number[] } | { error: string } {
  // TODO: validate the body in the stated order, standardise each row with (mean, scale), apply w and b
  return { error: 'MISSING_FEATURES' };
}
