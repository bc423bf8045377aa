import { z } from 'zod';
import { STAFF } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { FlagParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { getSimilarityFlag } from '@/lib/server/similarity/get-similarity-flag';
import { markFlagReviewed } from '@/lib/server/similarity/mark-flag-reviewed';

export const dynamic = 'force-dynamic';

/** Both final codes side by side with the matching fragments. */
export const GET = route({ auth: { roles: STAFF }, params: FlagParams }, async ({ user, params }) => Response.json(await getSimilarityFlag(db(), { userId: user.id, ...params })));

/** Mark it reviewed (or not): a person looked. It changes no score or decision. */
export const PATCH = route({ auth: { roles: STAFF }, params: FlagParams, input: z.object({ reviewed: z.boolean() }) }, async ({ user, params, input }) =>
  Response.json(await markFlagReviewed(db(), { userId: user.id, ...params, reviewed: input.reviewed })),
);
