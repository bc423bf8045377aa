import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import { isLate } from '../assignments/list-my-assignments';
import { measureProblemProgress, NOT_STARTED, progressKey, type ProblemStatus } from '../assignments/measure-problem-progress';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { CohortQuery } from './schemas';

export type CohortCell = { slug: string; status: ProblemStatus; late: boolean; bestScore: number | null; attempts: number; timeSpentSeconds: number; lastActivityAt: string | null };
export type CohortRow = {
  candidate: { id: string; name: string; email: string };
  dueAt: string | null;
  cells: CohortCell[];
  solved: number;
  /** points earned: each problem's points × best score */
  points: number;
  lastActivityAt: string | null;
};
export type CohortView = {
  sets: { id: string; title: string; archived: boolean }[];
  set: { id: string; title: string; problems: { slug: string; title: string; points: number }[]; totalPoints: number } | null;
  rows: CohortRow[];
  /** candidates assigned the set, before the filter */
  assignedCount: number;
};

export type GetCohortOptions = CohortQuery & { userId: string; organizationId: string };

/**
 * Candidates × problems of one set, for staff: status, best score, attempts, time spent and last
 * activity per cell, only for candidates the set is assigned to (and who are still candidates here).
 */
export async function getCohort(prisma: PrismaClient, { userId, organizationId, set: setId, sort, filter, q }: GetCohortOptions): Promise<CohortView> {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const sets = (
    await prisma.problemSet.findMany({ where: { organizationId, assignments: { some: {} } }, orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { updatedAt: 'desc' }], select: { id: true, title: true, archivedAt: true } })
  ).map((s) => ({ id: s.id, title: s.title, archived: s.archivedAt !== null }));
  const chosen = setId ?? sets[0]?.id;
  if (!chosen) return { sets, set: null, rows: [], assignedCount: 0 };
  const set = await prisma.problemSet.findFirst({
    where: { id: chosen, organizationId },
    select: { id: true, title: true, items: { orderBy: { position: 'asc' }, select: { points: true, problem: { select: { id: true, slug: true, title: true } } } } },
  });
  if (!set) throw new AppError('not_found', 'There is no such problem set.');
  const assignments = await prisma.assignment.findMany({
    where: { problemSetId: set.id, organization: { id: organizationId }, candidate: { memberships: { some: { organizationId, role: 'candidate' } } } },
    select: { dueAt: true, candidate: { select: { id: true, name: true, email: true } } },
  });
  const problems = set.items.map((i) => ({ id: i.problem.id, slug: i.problem.slug, title: i.problem.title, points: i.points }));
  const progress = await measureProblemProgress(prisma, { userIds: assignments.map((a) => a.candidate.id), problemIds: problems.map((p) => p.id) });

  const rows = assignments.map(({ candidate, dueAt }): CohortRow => {
    const cells = problems.map((p): CohortCell => {
      const cell = progress.get(progressKey(candidate.id, p.id)) ?? NOT_STARTED;
      return { slug: p.slug, status: cell.status, late: isLate(cell.solvedAt, dueAt), bestScore: cell.bestScore, attempts: cell.attempts, timeSpentSeconds: cell.timeSpentSeconds, lastActivityAt: cell.lastActivityAt?.toISOString() ?? null };
    });
    const last = cells.map((c) => c.lastActivityAt).filter((t): t is string => t !== null).sort().at(-1) ?? null;
    return {
      candidate,
      dueAt: dueAt?.toISOString() ?? null,
      cells,
      solved: cells.filter((c) => c.status === 'solved').length,
      points: Math.round(cells.reduce((sum, c, i) => sum + (c.bestScore ?? 0) * problems[i]!.points, 0)),
      lastActivityAt: last,
    };
  });
  const needle = q?.toLowerCase();
  const shown = rows.filter((r) => (!needle || r.candidate.name.toLowerCase().includes(needle) || r.candidate.email.includes(needle)) && FILTERS[filter](r, problems.length)).sort(SORTS[sort]);
  return {
    sets,
    set: { id: set.id, title: set.title, problems: problems.map(({ slug, title, points }) => ({ slug, title, points })), totalPoints: problems.reduce((sum, p) => sum + p.points, 0) },
    rows: shown,
    assignedCount: rows.length,
  };
}

const FILTERS: Record<CohortQuery['filter'], (row: CohortRow, problems: number) => boolean> = {
  all: () => true,
  behind: (r, n) => r.solved < n,
  done: (r, n) => r.solved === n,
  not_started: (r) => r.cells.every((c) => c.status === 'not_started'),
  late: (r) => r.cells.some((c) => c.late) || (r.dueAt !== null && Date.parse(r.dueAt) < Date.now() && r.cells.some((c) => c.status !== 'solved')),
};

const byName = (a: CohortRow, b: CohortRow) => a.candidate.name.localeCompare(b.candidate.name) || a.candidate.email.localeCompare(b.candidate.email);
const SORTS: Record<CohortQuery['sort'], (a: CohortRow, b: CohortRow) => number> = {
  name: byName,
  solved: (a, b) => b.solved - a.solved || byName(a, b),
  score: (a, b) => b.points - a.points || byName(a, b),
  // least recently active first: who may be stuck
  activity: (a, b) => (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? '') || byName(a, b),
};
