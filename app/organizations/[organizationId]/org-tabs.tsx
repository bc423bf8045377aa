'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The organization's sections; the current one is marked for the eye and for screen readers. */
export function OrgTabs({ tabs }: { tabs: { href: string; label: string; also?: string }[] }) {
  const pathname = usePathname();
  const under = (path: string | undefined) => path !== undefined && (pathname === path || pathname.startsWith(`${path}/`));
  // the most specific tab wins: a candidate's pages belong to Cohort, a set's to Overview
  const current = tabs.find((t) => under(t.also)) ?? [...tabs].sort((a, b) => b.href.length - a.href.length).find((t) => under(t.href));
  return (
    <nav className="org-tabs" aria-label="Organization">
      {tabs.map((t) => (
        <Link key={t.href} href={t.href} aria-current={t === current ? 'page' : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
