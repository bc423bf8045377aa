import { toCsv } from '../csv/to-csv';
import type { CohortView } from './get-cohort';

const STATUS = { solved: 'solved', attempted: 'attempted', not_started: 'not started' } as const;

/** The matrix as CSV, one row per candidate, five columns per problem. */
export function cohortCsv(view: CohortView): string {
  if (!view.set) return '';
  const header = ['name', 'email', 'due', 'solved', 'points', 'last activity'];
  for (const p of view.set.problems) header.push(`${p.slug} status`, `${p.slug} best score`, `${p.slug} attempts`, `${p.slug} minutes`, `${p.slug} last activity`);
  const lines = [header];
  for (const row of view.rows) {
    const line = [row.candidate.name, row.candidate.email, row.dueAt ?? '', String(row.solved), String(row.points), row.lastActivityAt ?? ''];
    for (const c of row.cells) {
      line.push(`${STATUS[c.status]}${c.late ? ' (late)' : ''}`, c.bestScore === null ? '' : String(Math.round(c.bestScore * 100) / 100), String(c.attempts), String(Math.round(c.timeSpentSeconds / 60)), c.lastActivityAt ?? '');
    }
    lines.push(line);
  }
  return toCsv(lines);
}
