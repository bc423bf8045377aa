export function psmAtt(ps: number[], treatment: number[], y: number[], caliper: number): { att: number; matches: number[] } {
  // TODO: match each treated unit to the nearest control within the caliper (with replacement), then the ATT
  return { att: 0, matches: [] };
}
