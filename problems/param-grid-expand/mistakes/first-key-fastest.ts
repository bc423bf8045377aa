// expect: wrong_answer
// mistake: sorts the keys but lets the first sorted key vary fastest (odometer turned the wrong way)
// caught-by: random 1
export function expandGrid(names: string[], values: number[][]): number[][] {
  if (names.length !== values.length || new Set(names).size !== names.length) throw new Error('bad names');
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : 1)).reverse();
  let rows: number[][] = [names.map(() => 0)];
  for (const k of order) rows = rows.flatMap((r) => values[k].map((v) => r.map((x, j) => (j === k ? v : x))));
  return rows;
}
