export function receptiveField(layers: number[][], inputSize: number): { outSize: number[]; rf: number[]; jump: number[] } {
  // TODO: track the output size, the receptive field and the jump (effective stride) layer by layer
  return { outSize: [], rf: [], jump: [] };
}
