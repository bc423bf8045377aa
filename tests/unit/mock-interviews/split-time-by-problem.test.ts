import { describe, expect, it } from 'vitest';
import { splitTimeByProblem } from '../../../lib/server/mock-interviews/split-time-by-problem';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

describe('splitTimeByProblem', () => {
  it('counts the time up to each save toward its problem, from the start for the first', () => {
    const split = splitTimeByProblem({
      startedAt: at(0),
      endedAt: at(60),
      events: [
        { problemId: 'b', at: at(40) },
        { problemId: 'a', at: at(10) },
        { problemId: 'a', at: at(25) },
      ],
    });
    expect(Object.fromEntries(split.byProblem)).toEqual({ a: 25, b: 15 });
    expect(split.unattributed).toBe(20);
  });

  it('adds up to the whole time, with events outside the attempt clamped to it', () => {
    const split = splitTimeByProblem({ startedAt: at(0), endedAt: at(30), events: [{ problemId: 'a', at: at(-5) }, { problemId: 'b', at: at(45) }] });
    expect(Object.fromEntries(split.byProblem)).toEqual({ a: 0, b: 30 });
    expect(split.unattributed).toBe(0);
  });

  it('leaves everything unattributed when nothing was saved', () => {
    const split = splitTimeByProblem({ startedAt: at(0), endedAt: at(60), events: [] });
    expect(split.byProblem.size).toBe(0);
    expect(split.unattributed).toBe(60);
  });
});
