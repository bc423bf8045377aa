import type { PrismaClient } from '../db/client';
import { flagSimilarCode } from '../similarity/flag-similar-code';
import type { TaskPayload } from './tasks';

/** After attempts of an assessment end: flag similar final code for reviewers. */
export async function findSimilarCodeJob(context: { prisma: PrismaClient }, payload: TaskPayload<'find_similar_code'>): Promise<void> {
  await flagSimilarCode(context.prisma, { assessmentId: payload.assessmentId });
}
