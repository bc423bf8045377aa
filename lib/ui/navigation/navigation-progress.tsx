'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/** Shown only when a navigation takes longer than this, so fast ones do not flash. */
const SHOW_AFTER_MS = 120;
/** A navigation that never lands (an error page, a download) stops showing after this. */
const GIVE_UP_MS = 20_000;

/**
 * A bar under the header while a page the user asked for is loading, so a click never seems to do nothing.
 * Route-level loading.tsx would do it too, but it streams every page, and a streamed page can no longer answer
 * 404 for a problem or organization that does not exist.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, setPending] = useState(false);
  const [visible, setVisible] = useState(false);

  // landed: whatever was pending is done
  useEffect(() => setPending(false), [pathname, searchParams]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      setPending(true);
    };
    const onPopState = () => setPending(true);
    // capture: Next's <Link> cancels the click's default (it navigates itself) before it would bubble here
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  useEffect(() => {
    if (!pending) return setVisible(false);
    const show = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    const giveUp = setTimeout(() => setPending(false), GIVE_UP_MS);
    return () => {
      clearTimeout(show);
      clearTimeout(giveUp);
    };
  }, [pending]);

  return (
    <div className="navigation-progress" data-visible={visible} role="status" aria-live="polite">
      {visible && <span className="visually-hidden">Loading…</span>}
    </div>
  );
}
