// expect: wrong_answer
// mistake: flags E ≤ 5 as low instead of E < 5, so a table whose expected counts are all exactly 5 gets the warning
// caught-by: expected counts of exactly 5 are not low
export function chiSquareIndependence(table: number[][]): { expected: number[][]; chi2: number; dof: number; lowExpected: number } {
  if (table.length === 0 || table[0]!.length === 0) throw new Error('empty');
  const c = table[0]!.length;
  for (const row of table) {
    if (row.length !== c) throw new Error('ragged');
    for (const v of row) if (v < 0 || Number.isNaN(v)) throw new Error('negative count');
  }
  const rowTot = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTot: number[] = [];
  for (let j = 0; j < c; j++) { let s = 0; for (const row of table) s += row[j]!; colTot.push(s); }
  const total = rowTot.reduce((a, b) => a + b, 0);
  if (total === 0) throw new Error('zero total');
  let chi2 = 0, low = 0;
  const expected = table.map((row, i) => row.map((o, j) => {
    if (rowTot[i] === 0 || colTot[j] === 0) return 0;
    const e = (rowTot[i]! * colTot[j]!) / total;
    chi2 += (o - e) ** 2 / e;
    if (e <= 5) low = 1;
    return e;
  }));
  const rk = rowTot.filter((v) => v > 0).length, ck = colTot.filter((v) => v > 0).length;
  const dof = (rk - 1) * (ck - 1);
  return { expected, chi2: dof === 0 ? 0 : chi2, dof, lowExpected: low };
}
