export function gibbsBivariateNormal(rho: number, x0: number, y0: number, normals: number[]): number[][] {
  // TODO: per sweep, x ~ N(ρy, 1 − ρ²) then y ~ N(ρx, 1 − ρ²) with the new x, using the supplied draws in order
  return [];
}
