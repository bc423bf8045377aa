// Reference: plain float64 TypeScript (the Double-DQN argmax is a discrete decision).
function argmaxLowest(row: number[]): number {
  let best = 0;
  for (let a = 1; a < row.length; a++) if (row[a]! > row[best]!) best = a;
  return best;
}

export function dqnLoss(qOnline: number[][], qNextTarget: number[][], qNextOnline: number[][], actions: number[], rewards: number[], dones: number[], gamma: number): { targets: number[]; doubleTargets: number[]; loss: number; dQ: number[][] } {
  const N = qOnline.length;
  if (N === 0) throw new Error('the batch must not be empty');
  const A = qOnline[0]!.length;
  if (A === 0) throw new Error('there must be at least one action');
  for (const [name, m] of Object.entries({ qOnline, qNextTarget, qNextOnline })) {
    if (m.length !== N || m.some((row) => row.length !== A || row.some((v) => !Number.isFinite(v)))) throw new Error(`${name} must be an N×A matrix of finite numbers`);
  }
  if (actions.length !== N || rewards.length !== N || dones.length !== N) throw new Error('actions, rewards and dones need one entry per sample');
  if (actions.some((a) => !Number.isInteger(a) || a < 0 || a >= A)) throw new Error(`actions must be integers in [0, ${A - 1}]`);
  if (rewards.some((r) => !Number.isFinite(r))) throw new Error('rewards must be finite');
  if (dones.some((d) => d !== 0 && d !== 1)) throw new Error('dones must be 0 or 1');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  const targets = rewards.map((r, i) => r + gamma * (1 - dones[i]!) * Math.max(...qNextTarget[i]!));
  const doubleTargets = rewards.map((r, i) => r + gamma * (1 - dones[i]!) * qNextTarget[i]![argmaxLowest(qNextOnline[i]!)]!);
  let loss = 0;
  const dQ = qOnline.map((row, i) => {
    const diff = row[actions[i]!]! - targets[i]!;
    loss += (diff * diff) / N;
    return row.map((_, a) => (a === actions[i] ? (2 * diff) / N : 0));
  });
  return { targets, doubleTargets, loss, dQ };
}
