/**
 * Base-path helpers with no dependency on Astro's environment, so that
 * astro.config.mjs can import them (a module it loads would otherwise keep
 * BASE_URL at "/").
 */

/** "/sub/" + "bodies/etsi/" → "/sub/bodies/etsi/"; keeps "#fragment" and "?query". */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix.startsWith('/') ? prefix : `/${prefix}`}${rest}`;
}

/**
 * Normalises a SITE_BASE value: "" or "/" → "/", "sub" or "/sub" → "/sub/".
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
