/**
 * Normalises a SITE_BASE value: "" or "/" → "/", "sub" or "/sub" → "/sub/".
 * Kept apart from urls.ts because astro.config.mjs imports it.
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
