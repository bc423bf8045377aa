export function engineerFeatures(a: number[], b: number[]): number[][] {
  if (a.length !== b.length) throw new Error('length mismatch');
  const out: number[][] = [];
  for (let i = 0; i < a.length; i++) out.push([a[i] / b[i], a[i] ** 2, Math.log1p(a[i]), a[i] * b[i]]);
  return out;
}
