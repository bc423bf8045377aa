// expect: wrong_answer
// mistake: walks the episode backwards and keeps overwriting, so it counts the last visit instead of the first
// caught-by: random 1
export function mcValue(episodes: number[][][], numStates: number, gamma: number): { firstVisit: number[]; everyVisit: number[] } {
  if (!Number.isInteger(numStates) || numStates < 1) throw new Error('bad numStates');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('bad gamma');
  const fs = new Array<number>(numStates).fill(0), fc = new Array<number>(numStates).fill(0);
  const es = new Array<number>(numStates).fill(0), ec = new Array<number>(numStates).fill(0);
  for (const ep of episodes) {
    for (const step of ep) {
      if (step.length !== 2 || !Number.isInteger(step[0]) || step[0]! < 0 || step[0]! >= numStates || !Number.isFinite(step[1]!)) throw new Error('bad step');
    }
    const firstIndex = new Map<number, number>();
    ep.forEach(([s], t) => firstIndex.set(s!, t));
    let G = 0;
    for (let t = ep.length - 1; t >= 0; t--) {
      const [s, r] = ep[t] as [number, number];
      G = r + gamma * G;
      es[s] += G;
      ec[s]++;
      if (firstIndex.get(s) === t) {
        fs[s] += G;
        fc[s]++;
      }
    }
  }
  return {
    firstVisit: fs.map((v, s) => (fc[s] ? v / fc[s]! : NaN)),
    everyVisit: es.map((v, s) => (ec[s] ? v / ec[s]! : NaN)),
  };
}
