// expect: wrong_answer
// mistake: divides by the raw denominator (no +1), so ratios differ and zero denominators give Infinity
// caught-by: random 1
export function creditFeatures(raw: number[][]): number[][] {
  const r = (a: number, b: number) => a / b;
  return raw.map((x) => {
    if (x.length !== 18 || x.some((v) => v < 0)) throw new Error('bad row');
    const util = r(x[5], x[6]);
    return [r(x[0], x[1]), r(x[2], x[1]), r(x[3], x[4]), util, x[6] - x[5], r(x[7], x[8]), r(x[9], x[8]), r(x[10], x[11]), x[12],
      r(x[13], x[14]), r(x[15], x[11]), x[16] > 0 ? 1 : 0, x[17] > 0 ? 1 : 0, util > 0.7 ? 1 : 0];
  });
}
