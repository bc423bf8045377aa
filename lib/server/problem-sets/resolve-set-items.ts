import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SaveProblemSetInput } from './schemas';

/** The problems behind a set's slugs, in order; an unknown or retired problem is refused by name. */
export async function resolveSetItems(prisma: Pick<PrismaClient, 'problem'>, items: SaveProblemSetInput['items']) {
  const problems = await prisma.problem.findMany({ where: { slug: { in: items.map((i) => i.slug) } }, select: { id: true, slug: true, title: true, active: true } });
  const bySlug = new Map(problems.map((p) => [p.slug, p]));
  const unknown = items.filter((i) => !bySlug.has(i.slug)).map((i) => i.slug);
  if (unknown.length) throw new AppError('bad_request', `There is no problem ${unknown.map((s) => `“${s}”`).join(', ')}.`);
  const retired = items.map((i) => bySlug.get(i.slug)!).filter((p) => !p.active);
  if (retired.length) {
    throw new AppError('bad_request', `${retired.map((p) => `“${p.title}”`).join(', ')} ${retired.length === 1 ? 'was' : 'were'} retired from the catalog: remove ${retired.length === 1 ? 'it' : 'them'} from the set.`);
  }
  return items.map((item, position) => ({ problemId: bySlug.get(item.slug)!.id, position, points: item.points }));
}
