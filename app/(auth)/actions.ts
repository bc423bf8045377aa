'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/server/db/client';
import { action } from '@/lib/server/http/action';
import { SignInInput, SignUpInput } from '@/lib/server/accounts/schemas';
import { signUp } from '@/lib/server/accounts/sign-up';
import { signIn } from '@/lib/server/accounts/sign-in';
import { signOut } from '@/lib/server/accounts/sign-out';

export const signUpAction = action({ auth: 'public', input: SignUpInput }, async ({ input }): Promise<void> => {
  await signUp(db(), { input, headers: await headers() });
  redirect(input.next);
});

export const signInAction = action({ auth: 'public', input: SignInInput }, async ({ input }): Promise<void> => {
  await signIn(db(), { input, headers: await headers() });
  redirect(input.next);
});

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect('/sign-in');
}
