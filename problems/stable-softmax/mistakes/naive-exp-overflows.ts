// expect: wrong_answer
// mistake: no max subtraction, so exp(1000) overflows and logits of ±1000 give NaN
// caught-by: logits of ±1000
export function softmax(z: number[][]): number[][] {
  return z.map((row) => {
    const exps = row.map((v) => Math.exp(v));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}
