import { toCsv } from '../csv/to-csv';
import { ATTEMPT_STATUS_LABELS } from '../../shared/attempt-status';
import type { AssessmentView } from './get-assessment';

const percent = (score: number | null) => (score === null ? '' : String(Math.round(score * 1000) / 10));

/**
 * All candidates' results, one row per seat: who (as the viewer may see them), status, times, score
 * and per-problem scores in percent, signals, open similarity flags, and the reviewers' decisions.
 */
export function assessmentCsv(view: AssessmentView): string {
  const header = ['candidate', 'email', 'status', 'started', 'ended', 'minutes used', 'extra minutes', 'extra percent', 'score %'];
  for (const p of view.problems) header.push(`${p.slug} %`);
  header.push('pastes', 'focus losses', 'open similarity flags', 'advance', 'hold', 'reject');
  const rows = [header];
  for (const seat of view.seats) {
    const row = [
      seat.label, seat.email ?? '', ATTEMPT_STATUS_LABELS[seat.status], seat.startedAt ?? '', seat.finishedAt ?? '',
      seat.secondsUsed === null ? '' : String(Math.round(seat.secondsUsed / 6) / 10), String(seat.extraTimeMinutes), String(seat.extraTimePercent), percent(seat.score),
    ];
    for (const p of view.problems) row.push(percent(seat.problemScores.find((s) => s.slug === p.slug)?.score ?? null));
    row.push(String(seat.pastes), String(seat.focusLosses), String(seat.openFlags), String(seat.decisions.advance), String(seat.decisions.hold), String(seat.decisions.reject));
    rows.push(row);
  }
  return toCsv(rows);
}
