export function rmspropSteps(theta0: number[], grads: number[][], lr: number, decay: number, eps: number): number[][] {
  let w = [...theta0];
  let cache = theta0.map(() => 0);
  return grads.map((g) => {
    cache = cache.map((c, i) => decay * c + (1 - decay) * g[i] ** 2);
    w = w.map((x, i) => x - lr * g[i] / (Math.sqrt(cache[i]) + eps));
    return w;
  });
}
