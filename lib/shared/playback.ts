import type { VerdictName } from './submission-view';

/** One saved state of the code: an autosave, or the code of a Run or Submit (with its verdict once graded). */
export type PlaybackSnapshot = {
  seq: number;
  at: string;
  kind: 'autosave' | 'run' | 'submit';
  code: string;
  verdict: VerdictName | null;
  score: number | null;
  /** Runs and Submits: whether grading has finished */
  graded: boolean | null;
};

export type PlaybackView = {
  problemTitle: string;
  startedAt: string;
  /** when the attempt ended, or will end */
  endAt: string;
  snapshots: PlaybackSnapshot[];
  /** the Submit of the last saved code at the end; `auto` when the deadline made it */
  final: { at: string; auto: boolean; verdict: VerdictName | null; score: number | null; graded: boolean } | null;
};

/** Idle stretches longer than this are shortened when playing, so a coffee break does not play for minutes. */
export const PLAYBACK_MAX_GAP_MS = 3_000;
export const PLAYBACK_SPEEDS = [1, 2, 4, 8, 16] as const;
