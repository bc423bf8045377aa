'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useRef, useTransition, type ReactNode } from 'react';

const TYPING_PAUSE_MS = 300;

/**
 * A GET filter form that applies as it changes: a choice at once, typed text after a short pause; the filters
 * stay in the address (shareable, back button). Without JavaScript it is still an ordinary form (Enter applies).
 */
export function LiveFilterForm({ className, label, children }: { className?: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const apply = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') query.set(name, value);
    startTransition(() => router.replace(`${pathname}?${query.toString()}`, { scroll: false }));
  };
  return (
    <form
      className={className}
      method="get"
      role="search"
      aria-label={label}
      aria-busy={pending}
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(timer.current);
        const typed = event.target instanceof HTMLInputElement && event.target.type !== 'checkbox';
        timer.current = setTimeout(() => apply(form), typed ? TYPING_PAUSE_MS : 0);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
