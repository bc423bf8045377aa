import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { saveReview } from '@/lib/server/reviews/save-review';
import { SaveReviewInput } from '@/lib/server/reviews/schemas';

export const dynamic = 'force-dynamic';

/** **Save review**: the caller's own scorecard and decision on this attempt. */
export const PUT = route({ auth: 'required', params: AttemptParams, input: SaveReviewInput }, async ({ user, params, input }) =>
  Response.json(await saveReview(db(), { userId: user.id, ...params, ...input })),
);
