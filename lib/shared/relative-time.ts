const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/**
 * The one way the app writes a moment: relative to now ("5 minutes ago", "in 3 days", "just now"); the absolute
 * time goes in the hover title (`absoluteTime`).
 */
export function relativeTime(iso: string, now: number, locale?: string): string {
  const diff = Date.parse(iso) - now;
  if (Math.abs(diff) < 45_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale ?? 'en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

/** The absolute moment, in the given time zone (the viewer's when omitted), for the hover title. */
export function absoluteTime(iso: string, timeZone?: string, locale?: string): string {
  const text = new Date(iso).toLocaleString(locale ?? 'en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return timeZone === 'UTC' ? `${text} UTC` : text;
}
