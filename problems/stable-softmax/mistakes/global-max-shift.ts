// expect: wrong_answer
// mistake: subtracts the maximum of the whole matrix instead of each row's, so low rows underflow to 0/0
// caught-by: rows on very different scales
export function softmax(z: number[][]): number[][] {
  let max = -Infinity;
  for (const row of z) for (const v of row) if (v > max) max = v;
  return z.map((row) => {
    const exps = row.map((v) => Math.exp(v - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}
