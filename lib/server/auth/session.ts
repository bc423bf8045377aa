import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from './auth';
import { AppError } from '../errors';

export type SessionUser = { id: string; name: string; email: string };

/** The signed-in user for this request, or null. Reads the session from PostgreSQL. */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email };
}

/** For route handlers and server actions: no session is a 401, not a redirect. */
export async function requireUser(requestHeaders?: Headers): Promise<SessionUser> {
  const user = await currentUser(requestHeaders);
  if (!user) throw new AppError('unauthorized', 'Please sign in.');
  return user;
}

/** For pages: no session sends the user to sign in, then back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
