import { db } from '@/lib/server/db/client';
import { getDrafts } from '@/lib/server/drafts/get-draft';
import { saveDraft, SaveDraftInput } from '@/lib/server/drafts/save-draft';
import { ProblemParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The user's saved drafts of this problem, one per language (a tab whose save was refused reloads from here). */
export const GET = route({ auth: 'required', params: ProblemParams }, async ({ user, params }) => Response.json({ drafts: await getDrafts(db(), { userId: user.id, problemSlug: params.slug }) }));

/** Saves the editor's content as the user's draft of this problem; 409 when another tab saved since this one loaded. */
export const PUT = route({ auth: 'required', params: ProblemParams, input: SaveDraftInput, maxBodyBytes: 512 * 1024 }, async ({ user, input, params }) =>
  Response.json(await saveDraft(db(), { userId: user.id, problemSlug: params.slug, ...input })),
);
