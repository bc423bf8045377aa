'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The organization's sections; the current one is marked for the eye and for screen readers. */
export function OrgTabs({ tabs }: { tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = [...tabs].sort((a, b) => b.href.length - a.href.length).find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`));
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
