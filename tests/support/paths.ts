import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = path.join(ROOT, '.tmp');

/** The site built at the root of a host, and under a sub-path. */
export const SITES = {
  root: { dir: path.join(TMP, 'site-root'), base: '/' },
  sub: { dir: path.join(TMP, 'site-sub'), base: '/sub/' },
} as const;
export type SiteName = keyof typeof SITES;

/** The repository the test builds point their "Edit this page" links to. */
export const REPOSITORY = 'https://github.com/example/standardisation-site';
