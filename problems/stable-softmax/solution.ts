export function softmax(z: number[][]): number[][] {
  return z.map((row) => {
    let max = -Infinity;
    for (const v of row) if (v > max) max = v;
    const exps = row.map((v) => Math.exp(v - max));
    let sum = 0;
    for (const e of exps) sum += e;
    return exps.map((e) => e / sum);
  });
}
