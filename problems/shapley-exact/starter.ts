export function shapleyValues(n: number, v: number[]): number[] {
  // TODO: for each player, the weighted sum of its marginal contributions over the coalitions without it
  return Array.from({ length: n }, () => 0);
}
