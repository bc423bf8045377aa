import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { route } from '@/lib/server/http/route';
import { StartMockInterviewInput } from '@/lib/server/mock-interviews/schemas';
import { startMockInterview } from '@/lib/server/mock-interviews/start-mock-interview';

export const dynamic = 'force-dynamic';

/** **Start mock interview**: the problems are drawn and the deadline fixed by the server. */
export const POST = route({ auth: 'required', input: StartMockInterviewInput }, async ({ user, input }) =>
  Response.json(await startMockInterview(db(), { userId: user.id, input, minMinutes: serverEnv().MOCK_INTERVIEW_MIN_MINUTES }), { status: 201 }),
);
