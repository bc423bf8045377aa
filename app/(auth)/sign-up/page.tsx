import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/server/auth/session';
import { ReturnPath } from '@/lib/server/accounts/schemas';
import { PASSWORD_MIN_LENGTH } from '@/lib/server/auth/auth-options';
import { AuthForm } from '../auth-form';
import { signUpAction } from '../actions';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = ReturnPath.parse((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <AuthForm
      title="Create an account"
      submitLabel="Create account"
      next={next}
      formAction={signUpAction}
      fields={[
        { name: 'name', label: 'Name', type: 'text', autoComplete: 'name' },
        { name: 'email', label: 'E-mail', type: 'email', autoComplete: 'email' },
        { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_MIN_LENGTH} characters.` },
      ]}
      footer={{ text: 'Already have an account?', linkLabel: 'Sign in', href: '/sign-in' }}
    />
  );
}
