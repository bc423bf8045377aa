export function gramSchmidt(V: number[][]): number[][] {
  // TODO: modified Gram–Schmidt on the rows; throw on a dependent row
  return V.map((row) => [...row]);
}
