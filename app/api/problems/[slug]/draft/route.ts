import { db } from '@/lib/server/db/client';
import { saveDraft, SaveDraftInput } from '@/lib/server/drafts/save-draft';
import { ProblemParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Saves the editor's content as the user's draft of this problem. */
export const PUT = route({ auth: 'required', params: ProblemParams, input: SaveDraftInput, maxBodyBytes: 512 * 1024 }, async ({ user, input, params }) =>
  Response.json(await saveDraft(db(), { userId: user.id, problemSlug: params.slug, ...input })),
);
