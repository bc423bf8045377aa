export function a2cLosses(values: number[], nextValues: number[], rewards: number[], dones: number[], logProbs: number[], gamma: number): { advantages: number[]; actorLoss: number; criticLoss: number; dValues: number[]; dLogProbs: number[] } {
  // TODO: TD-error advantages, actor loss -mean(logpi * A), critic loss mean(A^2), and their gradients
  return { advantages: values.map(() => 0), actorLoss: 0, criticLoss: 0, dValues: values.map(() => 0), dLogProbs: values.map(() => 0) };
}
