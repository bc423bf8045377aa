/** The 14 smoothed-ratio and flag features of a credit application (ratios a/(b+1), flags 1[x > 0], NaN → flag 0). */
export function creditFeatures(raw: number[][]): number[][] {
  for (const row of raw) {
    if (row.length !== 18) throw new Error('every row must have 18 raw columns');
    if (row.some((v) => v < 0)) throw new Error('raw values must be non-negative');
  }
  const ratio = (a: number, b: number) => a / (b + 1);
  const flag = (x: number) => (x > 0 ? 1 : 0);
  return raw.map((r) => {
    const [debt, income, loan, payment, monthlyIncome, used, limit, onTime, total, late, age, accounts, oldest, inq6, inqAll, opened, bankruptcies, collections] = r as [
      number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number,
    ];
    const utilization = ratio(used, limit);
    return [
      ratio(debt, income), ratio(loan, income), ratio(payment, monthlyIncome), utilization, limit - used,
      ratio(onTime, total), ratio(late, total), ratio(age, accounts), oldest,
      ratio(inq6, inqAll), ratio(opened, accounts), flag(bankruptcies), flag(collections), utilization > 0.7 ? 1 : 0,
    ];
  });
}
