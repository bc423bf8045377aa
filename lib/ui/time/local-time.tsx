'use client';

import { useEffect, useState } from 'react';
import { absoluteTime, relativeTime } from '../../shared/relative-time';

/**
 * A moment, written the one way the app writes moments: relative ("5 minutes ago", "in 2 days"), with the
 * absolute time in the viewer's own time zone on hover. The server knows neither the viewer's clock nor zone,
 * so the browser re-renders it at once, and every minute after.
 */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => ({ relative: relativeTime(iso, Date.now()), absolute: absoluteTime(iso, 'UTC') }));
  useEffect(() => {
    const update = () => setText({ relative: relativeTime(iso, Date.now(), navigator.language), absolute: absoluteTime(iso, undefined, navigator.language) });
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso]);
  return (
    <time dateTime={iso} title={text.absolute} suppressHydrationWarning>
      {text.relative}
    </time>
  );
}
