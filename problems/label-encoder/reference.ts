// Reference: plain TypeScript (sorting and lookups are discrete; tf.unique keeps first-appearance order).
export function labelEncode(train: number[], apply: number[]): { classes: number[]; codes: number[] } {
  if (train.length === 0) throw new Error('train must not be empty');
  for (const v of [...train, ...apply]) if (!Number.isFinite(v)) throw new Error('labels must be finite numbers');
  // −0 and 0 are one class, reported as 0
  const classes = [...new Set(train.map((v) => v + 0))].sort((a, b) => a - b);
  const codeOf = new Map(classes.map((c, i) => [c, i]));
  const codes = apply.map((v) => {
    const code = codeOf.get(v + 0);
    if (code === undefined) throw new Error(`label ${v} was not seen in train`);
    return code;
  });
  return { classes, codes };
}
