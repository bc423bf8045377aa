export function detectionAp(dets: number[][], gts: number[][], iouThr: number): { ap: number; tp: number[] } {
  // TODO: sort detections by score, greedily match each to the best free ground-truth box of its image
  // (IoU ≥ iouThr), then AP = Σ (R_n − R_{n−1}) · P_n.
  return { ap: 0, tp: dets.map(() => 0) };
}
