import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

/**
 * A set that can be handed to candidates (as homework or an assessment): not archived, not empty, and
 * with no problem retired from the catalog. Refused with what to do about it.
 */
export async function requireAssignableSet(tx: Pick<PrismaClient, 'problemSetItem'>, set: { id: string; archivedAt: Date | null }): Promise<void> {
  if (set.archivedAt) throw new AppError('bad_request', 'This set is archived: restore it before using it.');
  const items = await tx.problemSetItem.findMany({ where: { problemSetId: set.id }, select: { problem: { select: { title: true, active: true } } } });
  if (items.length === 0) throw new AppError('bad_request', 'This set has no problems yet: add some first.');
  const retired = items.filter((i) => !i.problem.active).map((i) => `“${i.problem.title}”`);
  if (retired.length) throw new AppError('bad_request', `${retired.join(', ')} ${retired.length === 1 ? 'was' : 'were'} retired from the catalog: remove ${retired.length === 1 ? 'it' : 'them'} from the set and save it first.`);
}
