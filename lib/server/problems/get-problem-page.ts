import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { parseSignature } from '../../../grader/problems/signature.ts';
import { citeStudySheets } from '../../../grader/problems/study-sheets.ts';
import { renderStatement } from './render-statement';

const Sources = z.array(z.object({ seed: z.string(), section: z.string() }));

export const ProblemSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

/** What the problem page shows. Never test data or the reference: those stay in the grader. */
export async function getProblemPage(prisma: PrismaClient, { slug }: { slug: string }) {
  const parsed = ProblemSlug.safeParse(slug);
  const problem = parsed.success
    ? await prisma.problem.findFirst({
        where: { slug: parsed.data, active: true },
        select: { slug: true, entry: true, title: true, topic: true, difficulty: true, version: true, sources: true, signature: true, statementMd: true, starterCode: true, timeLimitMs: true, memoryLimitMb: true },
      })
    : null;
  if (!problem) throw new AppError('not_found', `There is no problem "${slug}".`);
  const { statementMd, sources, ...rest } = problem;
  return {
    ...rest,
    /** the study sheets it draws on, by title, each with its section names */
    sources: citeStudySheets(Sources.parse(sources)),
    paramNames: parseSignature(problem.signature)?.params ?? [],
    statementHtml: await renderStatement(problem.version, statementMd),
  };
}
