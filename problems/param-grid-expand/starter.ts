export function expandGrid(names: string[], values: number[][]): number[][] {
  // TODO: every combination, keys sorted alphabetically with the last sorted key varying fastest
  return [];
}
