export function splitGain(
  parent: number[], children: number[][], criterion: 'gini' | 'entropy' | 'variance',
): { parentImpurity: number; childImpurities: number[]; gain: number } {
  // TODO: impurity of the parent and of each child, and the size-weighted decrease
  return { parentImpurity: 0, childImpurities: children.map(() => 0), gain: 0 };
}
