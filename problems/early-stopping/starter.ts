export function earlyStopping(valLosses: number[], patience: number, minDelta: number): { stopped: boolean; stopEpoch: number; bestEpoch: number; bestLoss: number } {
  // TODO: track the best loss and the number of consecutive epochs without an improvement larger than minDelta
  return { stopped: false, stopEpoch: valLosses.length - 1, bestEpoch: 0, bestLoss: valLosses[0]! };
}
