export function tdUpdates(kind: 'td0' | 'sarsa' | 'qlearning', table: number[][], transitions: number[][], alpha: number, gamma: number): number[][] {
  // TODO: for each [s, a, r, s', a', done], move the entry towards r + gamma * (bootstrap) with step alpha
  return table.map((row) => row.slice());
}
