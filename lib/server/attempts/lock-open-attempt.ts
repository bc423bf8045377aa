import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

export type OpenAttempt = { id: string; candidateId: string; deadlineAt: Date; now: Date };

type Tx = Pick<PrismaClient, '$queryRaw'>;

/** The message of every refusal after the deadline; the workspace recognises it. */
export const TIME_IS_UP = 'Time is up: the deadline of this attempt has passed, and your work saved before it is what counts.';

/**
 * Inside a transaction: locks the candidate's attempt and checks it against the database's clock at
 * this moment (clock_timestamp(), not the transaction's start, so waiting for the lock cannot carry a
 * request past the deadline). The deadline job takes the same lock, so a save either lands before
 * the attempt ends, and is graded, or is refused. Someone else's attempt is "not found".
 */
export async function lockOpenAttempt(tx: Tx, { attemptId, candidateId }: { attemptId: string; candidateId: string }): Promise<OpenAttempt> {
  const rows = await tx.$queryRaw<{ id: string; candidateId: string; deadlineAt: Date; finishedAt: Date | null; now: Date }[]>`
    SELECT "id", "candidateId", "deadlineAt", "finishedAt", clock_timestamp() AS "now"
    FROM "Attempt" WHERE "id" = ${attemptId} AND "candidateId" = ${candidateId}
    FOR NO KEY UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError('not_found', 'There is no such attempt.');
  if (row.now >= row.deadlineAt) throw new AppError('conflict', TIME_IS_UP);
  if (row.finishedAt) throw new AppError('conflict', 'You finished this attempt: your work was handed in, and nothing can be changed now.');
  return { id: row.id, candidateId: row.candidateId, deadlineAt: row.deadlineAt, now: row.now };
}
