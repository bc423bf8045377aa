// expect: wrong_answer
// mistake: maps an unseen label to -1 instead of throwing
// caught-by: an unseen label throws
export function labelEncode(train: number[], apply: number[]): { classes: number[]; codes: number[] } {
  if (train.length === 0) throw new Error('empty train');
  if ([...train, ...apply].some((v) => !Number.isFinite(v))) throw new Error('labels must be finite');
  const classes = Array.from(new Set(train.map((v) => (v === 0 ? 0 : v)))).sort((a, b) => a - b);
  const index = new Map<number, number>();
  classes.forEach((c, i) => index.set(c, i));
  const codes = apply.map((v) => {
    const i = index.get(v === 0 ? 0 : v);
    if (i === undefined) return -1;
    return i;
  });
  return { classes, codes };
}
