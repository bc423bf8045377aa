export function quantize(W: number[], s: number): { codes: number[]; dequant: number[]; maxErr: number } {
  // TODO: codes = round(W/s) with halves to even, dequant = codes·s, maxErr = max |W − dequant|
  return { codes: W.map(() => 0), dequant: W.map(() => 0), maxErr: 0 };
}
