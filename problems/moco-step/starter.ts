export function mocoStep(
  thetaK: number[], thetaQ: number[], m: number, q: number[][], kPos: number[][], queue: number[][], tau: number,
): { thetaKNew: number[]; loss: number; queueNew: number[][] } {
  // TODO: momentum update, InfoNCE over [positive, queue] with normalized vectors, then dequeue/enqueue
  throw new Error('Not implemented');
}
