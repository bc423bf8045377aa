'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * The header's links: in a row on a wide screen; behind a Menu button on a phone, where they would push the
 * page sideways. Closes on navigation and on Escape.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button type="button" className="button button-quiet menu-button" aria-expanded={open} aria-controls="site-nav" onClick={() => setOpen(!open)}>
        <span aria-hidden>☰</span> Menu
      </button>
      <nav id="site-nav" className="topnav" data-open={open}>
        {children}
      </nav>
    </>
  );
}
