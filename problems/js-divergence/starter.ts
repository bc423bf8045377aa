export function jsDivergence(P: number[], Q: number[]): { nats: number; bits: number } {
  // TODO: M = (P + Q)/2, JSD = ½ KL(P‖M) + ½ KL(Q‖M) with 0·log 0 = 0, in nats and in bits
  return { nats: 0, bits: 0 };
}
