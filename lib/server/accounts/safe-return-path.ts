/** Any whitespace or control character: browsers drop some of them (`/\t/evil.example` becomes `//evil.example`). */
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f]/u;

/**
 * Where to send the user after signing in: `value` resolved against the app's own URL and accepted only
 * when it stays on the same origin; anything else, or anything with whitespace or control characters,
 * goes home. Returns a path (with query and fragment), never an absolute URL.
 */
export function safeReturnPath(value: unknown, appUrl: string): string {
  if (typeof value !== 'string' || value === '' || UNSAFE_CHARACTERS.test(value)) return '/';
  const base = new URL(appUrl);
  let target: URL;
  try {
    target = new URL(value, base);
  } catch {
    return '/';
  }
  if (target.origin !== base.origin) return '/';
  return `${target.pathname}${target.search}${target.hash}`;
}
