import { randomBytes } from 'node:crypto';
import { createAssessment } from '../../lib/server/assessments/create-assessment';
import { takeSeat } from '../../lib/server/assessments/take-seat';
import type { PrismaClient } from '../../lib/server/db/client';
import { createOrganization } from '../../lib/server/organizations/create-organization';
import { createProblemSet } from '../../lib/server/problem-sets/create-problem-set';
import { seedUser } from '../../lib/server/seed/seed-user';
import { uniqueEmail } from './helpers';

export const PASSWORD = 'password-1';
export const hex = () => randomBytes(4).toString('hex');

export async function newUser(prisma: PrismaClient, name: string): Promise<{ id: string; email: string }> {
  return seedUser(prisma, { email: uniqueEmail(name.toLowerCase()), name, password: PASSWORD });
}

/** A made-up problem (nothing grades it) with a starter. */
export async function newProblem(prisma: PrismaClient, title = `Problem ${hex()}`) {
  return prisma.problem.create({
    data: { slug: `hire-${hex()}`, title, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: 'export function f(): number {\n  return 0;\n}\n', timeLimitMs: 1000, memoryLimitMb: 64 },
    select: { id: true, slug: true, title: true },
  });
}

export type HiringTeamOptions = {
  /** problems by slug (real packages), or this many made-up ones */
  slugs?: string[];
  problems?: number;
  timeLimitMinutes?: number;
  /** the window closes this long from now */
  closesInMs?: number;
  candidates?: number;
  showScores?: boolean;
  anonymousReview?: boolean;
};

/** A hiring team (owner, coach, reviewer), candidates seated in one assessment of its set. */
export async function hiringTeam(prisma: PrismaClient, options: HiringTeamOptions = {}) {
  const [owner, coach, reviewer] = await Promise.all([newUser(prisma, 'Owner'), newUser(prisma, 'Coach'), newUser(prisma, 'Reviewer')]);
  const candidates = await Promise.all(Array.from({ length: options.candidates ?? 2 }, (_, i) => newUser(prisma, `Candidate${i + 1}`)));
  const { id: organizationId } = await createOrganization(prisma, { userId: owner.id, name: `Hiring ${hex()}`, kind: 'hiring' });
  await prisma.membership.createMany({
    data: [{ organizationId, userId: coach.id, role: 'coach' }, { organizationId, userId: reviewer.id, role: 'reviewer' }, ...candidates.map((c) => ({ organizationId, userId: c.id, role: 'candidate' as const }))],
  });
  const slugs = options.slugs ?? (await Promise.all(Array.from({ length: options.problems ?? 2 }, () => newProblem(prisma)))).map((p) => p.slug);
  const { id: problemSetId } = await createProblemSet(prisma, { userId: coach.id, organizationId, title: 'Hiring set', description: '', items: slugs.map((slug, i) => ({ slug, points: 100 - i * 50 })) });
  const { id: assessmentId } = await createAssessment(prisma, {
    userId: coach.id, organizationId, problemSetId, title: `Assessment ${hex()}`, instructions: 'Good luck.', timeLimitMinutes: options.timeLimitMinutes ?? 60,
    opensAt: null, closesAt: new Date(Date.now() + (options.closesInMs ?? 86_400_000)), showScores: options.showScores ?? false, anonymousReview: options.anonymousReview ?? false,
  });
  for (const c of candidates) await prisma.$transaction((tx) => takeSeat(tx, { assessmentId, candidateId: c.id, extraTimeMinutes: 0, extraTimePercent: 0 }));
  return { owner, coach, reviewer, candidates, organizationId, problemSetId, assessmentId, slugs };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `at` has passed, plus a margin. */
export async function waitUntil(at: Date | string, marginMs = 0): Promise<void> {
  const wait = new Date(at).getTime() + marginMs - Date.now();
  if (wait > 0) await sleep(wait);
}

/** The graphile-worker jobs with this key (pending or running). */
export async function jobsWithKey(prisma: PrismaClient, key: string): Promise<{ run_at: Date; task: string }[]> {
  return prisma.$queryRaw`SELECT j.run_at, t.identifier AS task FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = ${key}`;
}
