// expect: wrong_answer
// mistake: "protects" the ratio by returning 0 when b is 0, instead of IEEE ±Infinity or NaN
// caught-by: zero denominators
export function engineerFeatures(a: number[], b: number[]): number[][] {
  if (a.length !== b.length) throw new Error('length mismatch');
  return a.map((x, i) => [b[i] === 0 ? 0 : x / b[i], x * x, Math.log1p(x), x * b[i]]);
}
