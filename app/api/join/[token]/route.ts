import { db } from '@/lib/server/db/client';
import { JoinParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';

export const dynamic = 'force-dynamic';

/** Join through an invitation link. */
export const POST = route({ auth: 'required', params: JoinParams }, async ({ user, params }) => Response.json(await acceptInvitation(db(), { userId: user.id, token: params.token })));
