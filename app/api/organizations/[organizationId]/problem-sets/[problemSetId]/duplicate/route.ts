import { MANAGERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { ProblemSetParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { duplicateProblemSet } from '@/lib/server/problem-sets/duplicate-problem-set';

export const dynamic = 'force-dynamic';

export const POST = route({ auth: { roles: MANAGERS }, params: ProblemSetParams }, async ({ user, params }) =>
  Response.json(await duplicateProblemSet(db(), { userId: user.id, ...params }), { status: 201 }),
);
