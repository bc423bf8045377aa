// expect: wrong_answer
// mistake: discounts every reward from the start of the episode (gamma^k r_k summed from t), not from the visit
// caught-by: random 2
export function mcValue(episodes: number[][][], numStates: number, gamma: number): { firstVisit: number[]; everyVisit: number[] } {
  if (!Number.isInteger(numStates) || numStates < 1) throw new Error('bad numStates');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('bad gamma');
  const fs = new Array<number>(numStates).fill(0), fc = new Array<number>(numStates).fill(0);
  const es = new Array<number>(numStates).fill(0), ec = new Array<number>(numStates).fill(0);
  for (const ep of episodes) {
    for (const step of ep) {
      if (step.length !== 2 || !Number.isInteger(step[0]) || step[0]! < 0 || step[0]! >= numStates || !Number.isFinite(step[1]!)) throw new Error('bad step');
    }
    const seen = new Set<number>();
    for (let t = 0; t < ep.length; t++) {
      const s = ep[t]![0]!;
      let G = 0;
      for (let k = t; k < ep.length; k++) G += Math.pow(gamma, k) * ep[k]![1]!;
      es[s] += G;
      ec[s]++;
      if (!seen.has(s)) {
        seen.add(s);
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
