// expect: wrong_answer
// mistake: applies Yates' continuity correction to 2×2 tables (scipy chi2_contingency's default), which the statement excludes
// caught-by: non-integer weighted counts
export function chiSquareIndependence(table: number[][]): { expected: number[][]; chi2: number; dof: number; lowExpected: number } {
  if (table.length === 0 || table[0]!.length === 0) throw new Error('empty');
  const c = table[0]!.length;
  for (const row of table) { if (row.length !== c) throw new Error('ragged'); for (const v of row) if (v < 0) throw new Error('neg'); }
  const rowTot = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTot = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const total = rowTot.reduce((a, b) => a + b, 0);
  if (total === 0) throw new Error('zero total');
  const rk = rowTot.filter((v) => v > 0).length, ck = colTot.filter((v) => v > 0).length;
  const dof = (rk - 1) * (ck - 1);
  let chi2 = 0, low = 0;
  const expected = table.map((row, i) => row.map((o, j) => {
    if (rowTot[i] === 0 || colTot[j] === 0) return 0;
    const e = (rowTot[i]! * colTot[j]!) / total;
    const d = dof === 1 ? Math.max(0, Math.abs(o - e) - 0.5) : o - e;
    chi2 += (d * d) / e;
    if (e < 5) low = 1;
    return e;
  }));
  return { expected, chi2: dof === 0 ? 0 : chi2, dof, lowExpected: low };
}
