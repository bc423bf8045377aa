export function softmax(z: number[][]): number[][] {
  // TODO: subtract each row's maximum, exponentiate, divide by the row sum
  return z.map((row) => row.map(() => 0));
}
