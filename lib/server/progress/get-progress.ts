import type { PrismaClient } from '../db/client';
import { topicLabel } from '../../shared/topic-labels';
import type { ProgressView, RecentSubmission, TopicProgress } from '../../shared/progress-view';
import { measureTimeSpent } from './measure-time-spent';

const RECENT_LIMIT = 20;

/**
 * One user's progress: solved and attempted problems per topic, graded Submits, recent activity
 * and active time. Takes the user id rather than the session, so a coach's view of a candidate can
 * call it once the caller's right to see that candidate is checked.
 */
export type GetProgressOptions = {
  userId: string;
  /** only these problems (a coach sees what their organization assigned, nothing else) */
  problemIds?: string[];
};

export async function getProgress(prisma: PrismaClient, { userId, problemIds }: GetProgressOptions): Promise<ProgressView> {
  const only = problemIds ? { problemId: { in: problemIds } } : {};
  const [problems, tried, solved, submitsGraded, submitsAccepted, runs, recent, time] = await Promise.all([
    prisma.problem.findMany({ where: { active: true, ...(problemIds ? { id: { in: problemIds } } : {}) }, select: { id: true, topic: true } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId, ...only } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId, kind: 'submit', verdict: 'accepted', ...only } }),
    prisma.submission.count({ where: { userId, kind: 'submit', status: 'done', ...only } }),
    prisma.submission.count({ where: { userId, kind: 'submit', status: 'done', verdict: 'accepted', ...only } }),
    prisma.submission.count({ where: { userId, kind: 'run', ...only } }),
    prisma.submission.findMany({
      where: { userId, ...only },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: RECENT_LIMIT,
      select: { id: true, kind: true, status: true, verdict: true, score: true, createdAt: true, problem: { select: { slug: true, title: true } } },
    }),
    measureTimeSpent(prisma, { userId, problemIds }),
  ]);

  const triedIds = new Set(tried.map((t) => t.problemId));
  const solvedIds = new Set(solved.map((s) => s.problemId));
  const topics = new Map<string, TopicProgress>();
  for (const p of problems) {
    const row = topics.get(p.topic) ?? { topic: p.topic, label: topicLabel(p.topic), solved: 0, attempted: 0, total: 0, timeSpentMinutes: toMinutes(time.secondsByTopic.get(p.topic) ?? 0) };
    row.total += 1;
    if (solvedIds.has(p.id)) row.solved += 1;
    else if (triedIds.has(p.id)) row.attempted += 1;
    topics.set(p.topic, row);
  }
  const byTopic = [...topics.values()].sort((a, b) => a.label.localeCompare(b.label));
  const totalSeconds = [...time.secondsByTopic.values()].reduce((sum, s) => sum + s, 0);

  return {
    totals: {
      solved: byTopic.reduce((sum, t) => sum + t.solved, 0),
      attempted: byTopic.reduce((sum, t) => sum + t.attempted, 0),
      activeProblems: problems.length,
      submitsGraded,
      submitsAccepted,
      acceptanceRate: submitsGraded === 0 ? null : submitsAccepted / submitsGraded,
      runs,
    },
    byTopic,
    recent: recent.map(
      (s): RecentSubmission => ({
        id: s.id,
        problemSlug: s.problem.slug,
        problemTitle: s.problem.title,
        kind: s.kind,
        status: s.status,
        verdict: s.verdict,
        score: s.score,
        createdAt: s.createdAt.toISOString(),
      }),
    ),
    timeSpentMinutes: toMinutes(totalSeconds),
    lastActiveAt: time.lastActiveAt?.toISOString() ?? null,
  };
}

function toMinutes(seconds: number): number {
  return Math.round(seconds / 60);
}
