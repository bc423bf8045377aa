export function gruSessionScores(items: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wout: number[][], bout: number[], k: number): { hT: number[][]; scores: number[][]; topK: number[][] } {
  // TODO: embed, run the GRU (gate order r, z, n), score with Wout, rank
  const H = Whh[0].length;
  return { hT: items.map(() => new Array(H).fill(0)), scores: items.map(() => bout.slice()), topK: items.map(() => Array.from({ length: k }, (_, i) => i)) };
}
