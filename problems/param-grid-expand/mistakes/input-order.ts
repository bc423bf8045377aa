// expect: wrong_answer
// mistake: enumerates the keys in the order given instead of sorted order
// caught-by: names out of alphabetical order
export function expandGrid(names: string[], values: number[][]): number[][] {
  if (names.length !== values.length || new Set(names).size !== names.length) throw new Error('bad names');
  let rows: number[][] = [[]];
  for (const vs of values) rows = rows.flatMap((r) => vs.map((v) => [...r, v]));
  return rows;
}
