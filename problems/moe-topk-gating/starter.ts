export function moeGate(gateLogits: number[][], expertOut: number[][][], k: number): { combined: number[][]; load: number[]; auxLoss: number } {
  // TODO: softmax gates, keep the top k per token and renormalize, mix the experts; top-1 load and E·Σ f·P
  return { combined: [], load: [], auxLoss: 0 };
}
