// expect: wrong_answer
// mistake: computes Math.log(1 + a), which rounds 1 + a first and loses the digits of a tiny a
// caught-by: tiny values
export function engineerFeatures(a: number[], b: number[]): number[][] {
  if (a.length !== b.length) throw new Error('length mismatch');
  return a.map((x, i) => [x / b[i], x * x, Math.log(1 + x), x * b[i]]);
}
