export function banditSimulate(rewards: number[][], c: number, eps: number, uniforms: number[][]): { ucbActions: number[]; ucbTotal: number; egActions: number[]; egTotal: number } {
  // TODO: simulate UCB1 and epsilon-greedy with running means, ties to the lowest arm
  return { ucbActions: rewards.map(() => 0), ucbTotal: 0, egActions: rewards.map(() => 0), egTotal: 0 };
}
