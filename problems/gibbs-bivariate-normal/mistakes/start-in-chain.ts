// expect: wrong_answer
// mistake: returns the starting point as the chain's first row, one row too many
// caught-by: independent coordinates
export function gibbsBivariateNormal(rho: number, x0: number, y0: number, normals: number[]): number[][] {
  if (!(rho > -1 && rho < 1)) throw new Error('|rho| must be < 1');
  if (!Number.isFinite(x0) || !Number.isFinite(y0)) throw new Error('bad start');
  if (normals.length % 2 === 1) throw new Error('odd number of draws');
  for (const e of normals) if (!Number.isFinite(e)) throw new Error('bad draw');
  const s = Math.sqrt(1 - rho * rho);
  const out: number[][] = [[x0, y0]];
  let x = x0, y = y0;
  for (let i = 0; i < normals.length; i += 2) {
    x = rho * y + s * normals[i]!;
    y = rho * x + s * normals[i + 1]!;
    out.push([x, y]);
  }
  return out;
}
