import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The signed-in user; 401 without a live session. */
export const GET = route({ auth: 'required' }, async ({ user }) => Response.json({ user }));
