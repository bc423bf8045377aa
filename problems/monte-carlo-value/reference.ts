// Reference: plain float64 TypeScript, one backward pass per episode.
export function mcValue(episodes: number[][][], numStates: number, gamma: number): { firstVisit: number[]; everyVisit: number[] } {
  if (!Number.isInteger(numStates) || numStates < 1) throw new Error('numStates must be a positive integer');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  const firstSum = new Array<number>(numStates).fill(0);
  const firstCount = new Array<number>(numStates).fill(0);
  const everySum = new Array<number>(numStates).fill(0);
  const everyCount = new Array<number>(numStates).fill(0);
  for (const [e, episode] of episodes.entries()) {
    for (const step of episode) {
      if (step.length !== 2) throw new Error(`episode ${e}: every step must be [state, reward]`);
      const [s, r] = step as [number, number];
      if (!Number.isInteger(s) || s < 0 || s >= numStates) throw new Error(`episode ${e}: state ${s} is out of range`);
      if (!Number.isFinite(r)) throw new Error(`episode ${e}: rewards must be finite`);
    }
    const T = episode.length;
    const returns = new Array<number>(T);
    let G = 0;
    for (let t = T - 1; t >= 0; t--) {
      G = episode[t]![1]! + gamma * G;
      returns[t] = G;
    }
    const seen = new Set<number>();
    for (let t = 0; t < T; t++) {
      const s = episode[t]![0]!;
      everySum[s] = everySum[s]! + returns[t]!;
      everyCount[s] = everyCount[s]! + 1;
      if (!seen.has(s)) {
        seen.add(s);
        firstSum[s] = firstSum[s]! + returns[t]!;
        firstCount[s] = firstCount[s]! + 1;
      }
    }
  }
  const mean = (sum: number[], count: number[]) => sum.map((v, s) => (count[s] === 0 ? Number.NaN : v / count[s]!));
  return { firstVisit: mean(firstSum, firstCount), everyVisit: mean(everySum, everyCount) };
}
