export function lstmClassifier(
  tokens: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wfc: number[][], bfc: number[],
): { logits: number[][]; hT: number[][]; cT: number[][] } {
  // TODO: embed each token, run the LSTM from zero states, classify the last hidden state
  throw new Error('Not implemented');
}
