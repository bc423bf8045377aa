export function nesterov(A: number[][], b: number[], w0: number[], lr: number, beta: number, steps: number): number[][] {
  // TODO: gradient at the look-ahead point w + beta * v, then update v and w
  const iterates: number[][] = [];
  for (let t = 0; t < steps; t++) iterates.push(w0.slice());
  return iterates;
}
