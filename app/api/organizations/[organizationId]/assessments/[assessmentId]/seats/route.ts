import { MANAGERS } from '@/lib/server/access/roles';
import { SeatCandidatesInput } from '@/lib/server/assessments/schemas';
import { seatCandidates } from '@/lib/server/assessments/seat-candidates';
import { db } from '@/lib/server/db/client';
import { AssessmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Seat the organization's existing candidates. */
export const POST = route({ auth: { roles: MANAGERS }, params: AssessmentParams, input: SeatCandidatesInput }, async ({ user, params, input }) =>
  Response.json(await seatCandidates(db(), { userId: user.id, ...params, ...input }), { status: 201 }),
);
