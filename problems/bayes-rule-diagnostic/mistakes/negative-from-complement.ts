// expect: wrong_answer
// mistake: computes P(−) as 1 − P(+), which loses every digit when a positive result is nearly certain
// caught-by: a negative result almost impossible
export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  const ok = (v: number) => v >= 0 && v <= 1;
  if (!ok(prior) || !ok(sensitivity) || !ok(specificity)) throw new Error('out of range');
  const truePos = sensitivity * prior;              // P(+ and D)
  const falsePos = (1 - specificity) * (1 - prior); // P(+ and not D)
  const falseNeg = (1 - sensitivity) * prior;       // P(- and D)
  const trueNeg = specificity * (1 - prior);        // P(- and not D)
  const pPositive = truePos + falsePos;
  const pNegative = 1 - (sensitivity * prior + falsePos);
  return {
    posPost: pPositive > 0 ? truePos / pPositive : NaN,
    negPost: pNegative > 0 ? falseNeg / pNegative : NaN,
    pPositive,
    typeI: 1 - specificity,
    typeII: 1 - sensitivity,
  };
}
