export function mcValue(episodes: number[][][], numStates: number, gamma: number): { firstVisit: number[]; everyVisit: number[] } {
  // TODO: returns per episode (backward pass), then average them per state, first visits only or every visit
  return { firstVisit: new Array(numStates).fill(0), everyVisit: new Array(numStates).fill(0) };
}
