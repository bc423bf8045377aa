// expect: wrong_answer
// mistake: keeps all-zero rows/columns, so E = 0 cells give 0/0 = NaN and the dof counts empty categories
// caught-by: one nonzero row among zeros
export function chiSquareIndependence(table: number[][]): { expected: number[][]; chi2: number; dof: number; lowExpected: number } {
  if (table.length === 0 || table[0]!.length === 0) throw new Error('empty');
  const c = table[0]!.length;
  for (const row of table) { if (row.length !== c) throw new Error('ragged'); for (const v of row) if (v < 0) throw new Error('neg'); }
  const rowTot = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTot = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const total = rowTot.reduce((a, b) => a + b, 0);
  if (total === 0) throw new Error('zero total');
  let chi2 = 0, low = 0;
  const expected = table.map((row, i) => row.map((o, j) => {
    const e = (rowTot[i]! * colTot[j]!) / total;
    chi2 += (o - e) ** 2 / e;
    if (e < 5) low = 1;
    return e;
  }));
  const dof = (table.length - 1) * (c - 1);
  return { expected, chi2: dof === 0 ? 0 : chi2, dof, lowExpected: low };
}
