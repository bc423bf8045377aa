import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { listMockInterviews } from '@/lib/server/mock-interviews/list-mock-interviews';
import { getProgress } from '@/lib/server/progress/get-progress';
import { MockInterviewHistory } from './mock-interview-history';
import { ProgressReport } from './progress-report';
import '../organizations/organizations.css';
import '../organizations/[organizationId]/assessments/assessments.css';

export const metadata = { title: 'Progress' };

export default async function ProgressPage() {
  const user = await requirePageUser('/progress');
  const [progress, mockInterviews] = await Promise.all([getProgress(db(), { userId: user.id }), listMockInterviews(db(), { userId: user.id })]);
  return (
    <main className="page page-wide">
      <h1>Your progress</h1>
      <ProgressReport progress={progress} />
      <MockInterviewHistory interviews={mockInterviews} />
    </main>
  );
}
