/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next puts it
 * on its own scripts) or when such a script loaded them ('strict-dynamic'); development adds
 * 'unsafe-eval' for React's dev tooling only. Styles allow inline because Monaco, ECharts and KaTeX set
 * style attributes at run time. Monaco's workers are same-origin files (worker-src 'self' blob:).
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['worker-src', "'self'", 'blob:'],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(https ? ([['upgrade-insecure-requests']] as Array<[string]>) : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Headers every response carries, pages, API and static files alike (next.config.ts sets them). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** HSTS, only when users reach the service over https (browsers ignore it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
