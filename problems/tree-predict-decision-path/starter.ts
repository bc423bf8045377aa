export function treeApply(
  childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[][], X: number[][],
): { leaves: number[]; values: number[][]; paths: number[][] } {
  // TODO: validate the arrays, then walk every row from node 0 to its leaf (left iff x[feature] <= threshold)
  return { leaves: X.map(() => 0), values: X.map(() => value[0] ?? []), paths: X.map(() => [0]) };
}
