import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/server/auth/session';
import { ReturnPath } from '@/lib/server/accounts/schemas';
import { AuthForm } from '../auth-form';
import { signInAction } from '../actions';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = ReturnPath.parse((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <AuthForm
      title="Sign in"
      submitLabel="Sign in"
      next={next}
      formAction={signInAction}
      fields={[
        { name: 'email', label: 'E-mail', type: 'email', autoComplete: 'email' },
        { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
      ]}
      footer={{ text: 'New here?', linkLabel: 'Create an account', href: '/sign-up' }}
    />
  );
}
