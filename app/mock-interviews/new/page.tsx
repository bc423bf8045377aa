import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { getMockInterviewSetup } from '@/lib/server/mock-interviews/get-mock-interview-setup';
import { LocalTime } from '@/lib/ui/time/local-time';
import { MockInterviewForm } from './mock-interview-form';
import '../../organizations/organizations.css';
import '../mock-interviews.css';

export const metadata = { title: 'Mock interview' };
export const dynamic = 'force-dynamic';

/** **Mock interview**: timed practice on problems drawn from the catalog, on the candidate's own. */
export default async function NewMockInterviewPage() {
  const user = await requirePageUser('/mock-interviews/new');
  const setup = await getMockInterviewSetup(db(), { userId: user.id });
  return (
    <main className="page page-wide">
      <p className="muted">
        <Link href="/problems">← Problems</Link>
      </p>
      <h1>Mock interview</h1>
      <p className="lead">
        Rehearse under the clock: problems drawn from the catalog, a deadline the server keeps, and a report afterwards with each test’s verdict, your time per problem and a
        playback of your typing. It is yours alone: no organization sees it. Your history is on <Link href="/progress">Progress</Link>.
      </p>
      {setup.running ? (
        <p className="alert alert-warning" role="status">
          You have a mock interview running until <LocalTime iso={setup.running.deadlineAt} />. <Link href={`/attempts/${setup.running.attemptId}`}>Continue it</Link>; you can start
          another once it has ended.
        </p>
      ) : (
        <MockInterviewForm topics={setup.topics} minMinutes={serverEnv().MOCK_INTERVIEW_MIN_MINUTES} />
      )}
    </main>
  );
}
