export function olsFit(X: number[][], y: number[]): number[] {
  // TODO: factor X = QR (Householder), then solve Rθ = Qᵀy by back substitution; throw when X is rank-deficient
  throw new Error('Not implemented');
}
