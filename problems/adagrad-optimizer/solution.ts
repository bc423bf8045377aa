export function adagrad(A: number[][], b: number[], w0: number[], lr: number, eps: number, steps: number): { w: number[]; G: number[] } {
  const d = w0.length;
  if (d === 0 || b.length !== d || A.length !== d) throw new Error('dimension mismatch');
  for (const row of A) if (row.length !== d) throw new Error('A must be square');
  if (!(lr > 0) || !(eps > 0)) throw new Error('lr and eps must be positive');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  let w = w0.slice();
  const G = new Array<number>(d).fill(0);
  for (let t = 0; t < steps; t++) {
    const grad = A.map((row, i) => row.reduce((s, a, j) => s + a * w[j]!, 0) - b[i]!);
    w = w.map((wi, i) => {
      G[i] += grad[i]! * grad[i]!;
      return wi - (lr * grad[i]!) / (Math.sqrt(G[i]!) + eps);
    });
  }
  return { w, G };
}
