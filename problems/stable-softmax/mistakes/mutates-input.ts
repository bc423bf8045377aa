// expect: wrong_answer
// mistake: shifts the logits in place (z[i][j] -= max), copying numpy's in-place style, which mutates the input
// caught-by: constant added to a row
export function softmax(z: number[][]): number[][] {
  for (const row of z) {
    const max = Math.max(...row);
    for (let j = 0; j < row.length; j++) row[j] = row[j]! - max;
  }
  return z.map((row) => {
    const exps = row.map((v) => Math.exp(v));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}
