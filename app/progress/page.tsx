import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { getProgress } from '@/lib/server/progress/get-progress';
import { ProgressReport } from './progress-report';

export const metadata = { title: 'Progress' };

export default async function ProgressPage() {
  const user = await requirePageUser('/progress');
  const progress = await getProgress(db(), { userId: user.id });
  return (
    <main className="page page-wide">
      <h1>Your progress</h1>
      <ProgressReport progress={progress} />
    </main>
  );
}
