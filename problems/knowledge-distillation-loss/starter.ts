export function distillationLoss(
  studentLogits: number[][],
  teacherLogits: number[][],
  labels: number[],
  alpha: number,
  T: number,
): { loss: number; grad: number[][] } {
  // TODO: mean of α·CE(y, softmax(z_s)) + (1 − α)·T²·KL(softmax(z_t/T) ‖ softmax(z_s/T)), and d/dz_s
  throw new Error('Not implemented');
}
