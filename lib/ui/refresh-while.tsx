'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** While `active` (something is being graded or handed in), the page re-renders from the server every few seconds. */
export function RefreshWhile({ active, everyMs = 2_000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
