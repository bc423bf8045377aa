export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  // TODO: law of total probability, Bayes rule for both test outcomes, error rates
  return { posPost: 0, negPost: 0, pPositive: 0, typeI: 0, typeII: 0 };
}
