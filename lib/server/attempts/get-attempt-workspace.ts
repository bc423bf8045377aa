import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import type { PrismaClient } from '../db/client';
import { parseSignature } from '../../../grader/problems/signature.ts';
import { attemptTitle } from './attempt-title';
import { databaseNow } from './database-now';

export type AttemptWorkspaceProblem = {
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  points: number;
  entry: string;
  signature: string;
  paramNames: string[];
  starterCode: string;
  /** the pinned version, keying the rendered statement */
  version: string;
  statementMd: string;
  /** the last saved code; null until the candidate saves, runs or submits */
  code: string | null;
  savedAt: string | null;
  runs: number;
  submits: number;
};

export type AttemptWorkspace = {
  id: string;
  title: string;
  /** where the candidate came from (an assessment's page), null for a mock interview */
  backTo: string | null;
  startedAt: string;
  deadlineAt: string;
  finishedAt: string | null;
  endedBy: 'finished' | 'deadline' | null;
  /** the server's clock when this was read: the page's timer follows it, not the browser's */
  serverNow: string;
  /** whether the candidate sees Submit verdicts and scores */
  showScores: boolean;
  problems: AttemptWorkspaceProblem[];
};

export type GetAttemptWorkspaceOptions = { userId: string; attemptId: string };

/** The candidate's own attempt as their workspace shows it: the pinned problems, their saved code, the clock. */
export async function getAttemptWorkspace(prisma: PrismaClient, { userId, attemptId }: GetAttemptWorkspaceOptions): Promise<AttemptWorkspace> {
  await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'candidate' });
  const [attempt, counts, now] = await Promise.all([
    prisma.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        id: true, startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true,
        assessmentCandidate: { select: { assessment: { select: { id: true, title: true, organizationId: true, showScores: true } } } },
        problems: {
          orderBy: { position: 'asc' },
          select: { problemId: true, points: true, problemVersion: true, code: true, savedAt: true, problem: { select: { slug: true, title: true, difficulty: true, entry: true, signature: true, starterCode: true, statementMd: true } } },
        },
      },
    }),
    prisma.submission.groupBy({ by: ['problemId', 'kind'], where: { attemptId }, _count: { _all: true } }),
    databaseNow(prisma),
  ]);
  const assessment = attempt.assessmentCandidate?.assessment ?? null;
  const count = (problemId: string, kind: 'run' | 'submit') => counts.find((c) => c.problemId === problemId && c.kind === kind)?._count._all ?? 0;
  return {
    id: attempt.id,
    title: attemptTitle(attempt),
    backTo: assessment ? `/organizations/${assessment.organizationId}/assessments/${assessment.id}` : null,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    endedBy: attempt.endedBy,
    serverNow: now.toISOString(),
    showScores: assessment?.showScores ?? true,
    problems: attempt.problems.map(({ problemId, points, problemVersion, code, savedAt, problem }) => ({
      ...problem,
      points,
      version: problemVersion,
      paramNames: parseSignature(problem.signature)?.params ?? [],
      code,
      savedAt: savedAt?.toISOString() ?? null,
      runs: count(problemId, 'run'),
      submits: count(problemId, 'submit'),
    })),
  };
}
