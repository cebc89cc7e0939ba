/**
 * The site's security policy. The pages carry no inline scripts or styles
 * (Astro is told not to inline them), so one policy without 'unsafe-inline'
 * fits every page: scripts, styles, images and fonts come from the site
 * itself only. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Directives that browsers ignore in a <meta> element (they work only as an HTTP header). */
const HEADER_ONLY = new Set(['frame-ancestors', 'upgrade-insecure-requests', 'report-uri', 'sandbox']);

export function policy(where: 'header' | 'meta'): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .filter(([directive]) => where === 'header' || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages …). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy('header'),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
