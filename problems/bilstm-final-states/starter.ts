type Lstm = { Wih: number[][]; Whh: number[][]; bih: number[]; bhh: number[] };

export function bilstm(x: number[][], fwd: Lstm, bwd: Lstm): { outputs: number[][]; summary: number[] } {
  // TODO: run one LSTM forward and another over the reversed sequence; concatenate per step
  throw new Error('Not implemented');
}
