export function mlpBackpropBce(X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[]): { loss: number; dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  // TODO: forward pass, mean BCE, then δ2 = (p − y)/n back through W2 and the ReLU
  throw new Error('Not implemented');
}
