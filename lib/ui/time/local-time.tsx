'use client';

import { useEffect, useState } from 'react';

const FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A moment in the viewer's own time zone. The server does not know it, so the first render (on the
 * server) says UTC and the browser replaces it at once.
 */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${new Date(iso).toLocaleString('en-GB', { ...FORMAT, timeZone: 'UTC' })} UTC`);
  useEffect(() => setText(new Date(iso).toLocaleString(undefined, FORMAT)), [iso]);
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
