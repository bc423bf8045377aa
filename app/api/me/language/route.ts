import { db } from '@/lib/server/db/client';
import { route } from '@/lib/server/http/route';
import { SetPreferredLanguageInput, setPreferredLanguage } from '@/lib/server/preferences/set-preferred-language';

export const dynamic = 'force-dynamic';

/** Remembers the language the signed-in user picked. */
export const PUT = route({ auth: 'required', input: SetPreferredLanguageInput }, async ({ user, input }) =>
  Response.json(await setPreferredLanguage(db(), { userId: user.id, ...input })),
);
