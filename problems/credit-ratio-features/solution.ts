export function creditFeatures(raw: number[][]): number[][] {
  const r = (a: number, b: number) => a / (b + 1);
  const flag = (x: number) => (x > 0 ? 1 : 0);
  return raw.map((x) => {
    if (x.length !== 18 || x.some((v) => v < 0)) throw new Error('each row needs 18 non-negative columns');
    const util = r(x[5], x[6]);
    return [
      r(x[0], x[1]), r(x[2], x[1]), r(x[3], x[4]), util, x[6] - x[5],
      r(x[7], x[8]), r(x[9], x[8]), r(x[10], x[11]), x[12],
      r(x[13], x[14]), r(x[15], x[11]), flag(x[16]), flag(x[17]), util > 0.7 ? 1 : 0,
    ];
  });
}
