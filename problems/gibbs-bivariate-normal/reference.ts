// Reference: plain float64 TypeScript.

export function gibbsBivariateNormal(rho: number, x0: number, y0: number, normals: number[]): number[][] {
  if (!(Math.abs(rho) < 1)) throw new Error('rho must lie strictly between −1 and 1');
  if (!Number.isFinite(x0) || !Number.isFinite(y0) || normals.some((v) => !Number.isFinite(v))) throw new Error('the start and the normal draws must be finite');
  if (normals.length % 2 !== 0) throw new Error('each sweep uses two normal draws: their number must be even');
  const sd = Math.sqrt(1 - rho * rho);
  const chain: number[][] = [];
  let x = x0, y = y0;
  for (let t = 0; t < normals.length / 2; t++) {
    x = rho * y + sd * normals[2 * t]!;
    y = rho * x + sd * normals[2 * t + 1]!; // conditions on the x just drawn
    chain.push([x, y]);
  }
  return chain;
}
