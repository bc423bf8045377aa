export function saliency(x: number[], W1: number[][], b1: number[], W2: number[][], b2: number[], targetClass: number): number[] {
  // TODO: forward pass, then back-propagate the target logit to the input; take absolute values
  return x.map(() => 0);
}
