import { Suspense, type ReactNode } from 'react';
import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/session';
import { NavigationProgress } from '@/lib/ui/navigation/navigation-progress';
import { SiteMenu } from '@/lib/ui/navigation/site-menu';
import { signOutAction } from './(auth)/actions';
import './globals.css';

// every page depends on the session
export const dynamic = 'force-dynamic';

export const metadata = {
  title: { default: 'ML Interview Grader', template: '%s · ML Interview Grader' },
  description: 'Practise and grade machine-learning interview problems.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <header className="topbar">
          <Link href="/" className="brand">
            <span className="brand-mark">∇</span> ML Interview Grader
          </Link>
          <SiteMenu>
            {user ? (
              <>
                <Link href="/problems">Problems</Link>
                <Link href="/progress">Progress</Link>
                <Link href="/organizations">Organizations</Link>
                <span className="muted signed-in-as" data-testid="signed-in-as">
                  {user.name} · {user.email}
                </span>
                <form action={signOutAction}>
                  <button className="button button-quiet" type="submit">
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link href="/sign-in">Sign in</Link>
                <Link href="/sign-up" className="button button-primary">
                  Create account
                </Link>
              </>
            )}
          </SiteMenu>
        </header>
        <Suspense fallback={null}>
          <NavigationProgress />
        </Suspense>
        {children}
      </body>
    </html>
  );
}
