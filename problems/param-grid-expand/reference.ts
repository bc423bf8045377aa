/** scikit-learn ParameterGrid order: keys sorted by code units, the last sorted key fastest; rows in input-name order. */
export function expandGrid(names: string[], values: number[][]): number[][] {
  if (names.length !== values.length) throw new Error('names and values must have the same length');
  if (new Set(names).size !== names.length) throw new Error('duplicate parameter name');
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  let rows: number[][] = [names.map(() => 0)];
  for (const k of order) {
    rows = rows.flatMap((row) => values[k]!.map((v) => row.map((x, j) => (j === k ? v : x))));
  }
  return rows;
}
