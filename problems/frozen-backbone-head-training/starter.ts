export function trainHeadOnly(X: number[][], y: number[], Wf: number[][], bf: number[], Wh: number[][], bh: number[], steps: number, lr: number): [number[][], number[], number[]] {
  // TODO: frozen ReLU features, then `steps` Adam updates of (Wh, bh) on the mean cross-entropy; record each step's loss
  return [Wh.map((r) => [...r]), [...bh], []];
}
