import type { PrismaClient } from '../db/client';

export type AppendSnapshotOptions = {
  userId: string;
  attemptId: string;
  problemId: string;
  code: string;
  takenAt: Date;
  /** a Run or Submit, with its submission; autosaves repeating the last snapshot are skipped */
  kind: 'autosave' | 'run' | 'submit';
  submissionId?: string;
};

/** Inside the transaction that holds the attempt's lock (so the sequence has no gaps or duplicates): one more snapshot for playback. */
export async function appendSnapshot(tx: Pick<PrismaClient, 'codeSnapshot'>, { userId, attemptId, problemId, code, takenAt, kind, submissionId }: AppendSnapshotOptions): Promise<void> {
  const last = await tx.codeSnapshot.findFirst({ where: { attemptId, problemId }, orderBy: { seq: 'desc' }, select: { seq: true, code: true } });
  if (kind === 'autosave' && last?.code === code) return;
  await tx.codeSnapshot.create({ data: { userId, attemptId, problemId, seq: (last?.seq ?? 0) + 1, code, kind, submissionId: submissionId ?? null, takenAt } });
}
