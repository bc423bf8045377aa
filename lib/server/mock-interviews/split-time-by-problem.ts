export type WorkEvent = { problemId: string; at: Date };

export type TimeSplit = {
  /** seconds per problem */
  byProblem: Map<string, number>;
  /** seconds after the last save (nothing shows what they went to) */
  unattributed: number;
};

/**
 * Time spent per problem in a timed attempt, estimated from its saves (autosaves, Runs and Submits):
 * nobody logs which problem is on screen, so the time up to each save counts toward that save's
 * problem, the one the candidate was working towards, from the start for the first. What follows the
 * last save is left unattributed. The parts add up to the time between start and end.
 */
export function splitTimeByProblem({ startedAt, endedAt, events }: { startedAt: Date; endedAt: Date; events: WorkEvent[] }): TimeSplit {
  const byProblem = new Map<string, number>();
  const start = startedAt.getTime();
  const end = Math.max(start, endedAt.getTime());
  let previous = start;
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const at = Math.min(end, Math.max(start, event.at.getTime()));
    byProblem.set(event.problemId, (byProblem.get(event.problemId) ?? 0) + (at - previous) / 1000);
    previous = at;
  }
  return { byProblem, unattributed: (end - previous) / 1000 };
}
