/** /robots.txt — every page may be indexed; the sitemap lists them. */
import type { APIRoute } from 'astro';
import { href } from '../lib/render/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
