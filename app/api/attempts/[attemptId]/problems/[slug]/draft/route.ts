import { saveAttemptDraft } from '@/lib/server/attempts/save-attempt-draft';
import { SaveAttemptDraftInput } from '@/lib/server/attempts/schemas';
import { db } from '@/lib/server/db/client';
import { AttemptProblemParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Autosave during an attempt; refused with "Time is up" after the deadline (the server's). */
export const PUT = route({ auth: 'required', params: AttemptProblemParams, input: SaveAttemptDraftInput, maxBodyBytes: 512 * 1024 }, async ({ user, params, input }) =>
  Response.json(await saveAttemptDraft(db(), { userId: user.id, attemptId: params.attemptId, problemSlug: params.slug, ...input })),
);
