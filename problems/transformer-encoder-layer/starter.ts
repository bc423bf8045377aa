type Params = {
  Wq: number[][]; bq: number[]; Wk: number[][]; bk: number[]; Wv: number[][]; bv: number[]; Wo: number[][]; bo: number[];
  W1: number[][]; b1: number[]; W2: number[][]; b2: number[]; g1: number[]; be1: number[]; g2: number[]; be2: number[];
};

export function encoderLayer(x: number[][], p: Params, numHeads: number, mask: number[][] | null, eps: number): number[][] {
  // TODO: x1 = LayerNorm1(x + MHA(x)), then return LayerNorm2(x1 + FFN(x1))
  throw new Error('Not implemented');
}
