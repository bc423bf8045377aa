'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/server/db/client';
import { action } from '@/lib/server/http/action';
import { SignInInput, SignUpInput } from '@/lib/server/accounts/schemas';
import { signUp } from '@/lib/server/accounts/sign-up';
import { signIn } from '@/lib/server/accounts/sign-in';
import { signOut } from '@/lib/server/accounts/sign-out';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';

const JOIN_PATH = /^\/join\/([A-Za-z0-9_-]{43})$/;

/** Signing up from an invitation link joins the organization at once and lands in it. */
export const signUpAction = action({ auth: 'public', input: SignUpInput }, async ({ input }): Promise<void> => {
  const { userId } = await signUp(db(), { input, headers: await headers() });
  const token = JOIN_PATH.exec(input.next)?.[1];
  // if the link went bad meanwhile, the join page explains why
  const joined = token ? await acceptInvitation(db(), { userId, token }).catch(() => null) : null;
  if (!joined) redirect(input.next);
  redirect(joined.assessmentId ? `/organizations/${joined.organizationId}/assessments/${joined.assessmentId}` : `/organizations/${joined.organizationId}`);
});

export const signInAction = action({ auth: 'public', input: SignInInput }, async ({ input }): Promise<void> => {
  await signIn(db(), { input, headers: await headers() });
  redirect(input.next);
});

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect('/sign-in');
}
