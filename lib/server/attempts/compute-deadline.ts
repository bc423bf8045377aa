export type ExtraTime = { extraTimeMinutes: number; extraTimePercent: number };

/** The minutes a candidate gets: the time limit, plus extra minutes, plus a share of the limit (rounded up). */
export function grantedMinutes(timeLimitMinutes: number, extra: ExtraTime): number {
  return timeLimitMinutes + extra.extraTimeMinutes + Math.ceil((timeLimitMinutes * extra.extraTimePercent) / 100);
}

export type ComputeDeadlineOptions = ExtraTime & {
  /** the server's clock when the attempt starts */
  startedAt: Date;
  timeLimitMinutes: number;
  /** the end of the assessment's window: no attempt runs past it */
  closesAt: Date | null;
};

/** Start + time limit + extra time, never past the window's end. */
export function computeDeadline({ startedAt, timeLimitMinutes, closesAt, ...extra }: ComputeDeadlineOptions): { grantedMinutes: number; deadlineAt: Date } {
  const minutes = grantedMinutes(timeLimitMinutes, extra);
  const full = startedAt.getTime() + minutes * 60_000;
  return { grantedMinutes: minutes, deadlineAt: new Date(closesAt ? Math.min(full, closesAt.getTime()) : full) };
}
