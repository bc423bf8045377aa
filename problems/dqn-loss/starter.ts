export function dqnLoss(qOnline: number[][], qNextTarget: number[][], qNextOnline: number[][], actions: number[], rewards: number[], dones: number[], gamma: number): { targets: number[]; doubleTargets: number[]; loss: number; dQ: number[][] } {
  // TODO: bootstrapped targets (DQN and Double DQN), the mean squared TD error on the taken actions, and its gradient
  return { targets: rewards.slice(), doubleTargets: rewards.slice(), loss: 0, dQ: qOnline.map((r) => r.map(() => 0)) };
}
