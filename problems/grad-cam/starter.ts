export function gradCam(activations: number[][][], gradients: number[][][]): number[][] {
  // TODO: channel weights = mean gradient, ReLU of the weighted activation sum, min-max normalize (+1e-8)
  return (activations[0] ?? []).map((r) => r.map(() => 0));
}
