import 'server-only';
import { auth } from '../auth/auth';

/** Deletes the session row, so the old cookie is refused from now on, and clears the cookie. */
export async function signOut(requestHeaders: Headers): Promise<void> {
  await auth().api.signOut({ headers: requestHeaders });
}
