import type { ProblemMeta } from '../../../grader/index.ts';
import type { PrismaClient } from '../db/client';

export type SyncSummary = { created: number; updated: number; unchanged: number; deactivated: number };

/**
 * Mirrors the packages under problems/ into the Problem table, keyed by slug. A package whose content
 * hash changed gets the new version (old submissions keep the version they were graded against); a
 * package that disappeared is deactivated, never deleted, so its history stays.
 */
export async function syncProblems(prisma: PrismaClient, { packages }: { packages: ProblemMeta[] }): Promise<SyncSummary> {
  const summary: SyncSummary = { created: 0, updated: 0, unchanged: 0, deactivated: 0 };
  const existing = new Map((await prisma.problem.findMany({ select: { slug: true, version: true, active: true } })).map((p) => [p.slug, p]));
  for (const meta of packages) {
    const data = {
      title: meta.title,
      topic: meta.topic,
      difficulty: meta.difficulty,
      version: meta.version,
      sources: meta.source,
      teaches: meta.teaches,
      entry: meta.entry,
      signature: meta.signature,
      statementMd: meta.statementMd,
      starterCode: meta.starterCode,
      pythonEntry: meta.python?.entry ?? null,
      pythonSignature: meta.python?.signature ?? null,
      pythonStarterCode: meta.python?.starterCode ?? null,
      timeLimitMs: meta.limits.timeMs,
      memoryLimitMb: meta.limits.memoryMb,
      active: true,
    };
    const previous = existing.get(meta.slug);
    if (!previous) {
      await prisma.problem.create({ data: { slug: meta.slug, ...data } });
      summary.created++;
    } else if (previous.version !== meta.version || !previous.active) {
      await prisma.problem.update({ where: { slug: meta.slug }, data });
      summary.updated++;
    } else {
      summary.unchanged++;
    }
  }
  const present = new Set(packages.map((p) => p.slug));
  const gone = [...existing.values()].filter((p) => p.active && !present.has(p.slug)).map((p) => p.slug);
  if (gone.length) summary.deactivated = (await prisma.problem.updateMany({ where: { slug: { in: gone } }, data: { active: false } })).count;
  return summary;
}
