import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = path.join(ROOT, '.tmp');

export interface SiteUnderTest {
  /** Where the build goes. */
  dir: string;
  /** The sub-path it is built for. */
  base: string;
  /** SITE_PROJECT: "" for the default project (content/ and src/site.config.ts). */
  project: string;
  /** Its content folder, relative to the root. */
  contentDir: string;
}

/** The builds the tests read: the project at the root of a host and under a sub-path, and the example project. */
export const SITES = {
  root: { dir: path.join(TMP, 'site-root'), base: '/', project: '', contentDir: 'content' },
  sub: { dir: path.join(TMP, 'site-sub'), base: '/sub/', project: '', contentDir: 'content' },
  example: {
    dir: path.join(TMP, 'site-example'),
    base: '/',
    project: 'examples/minimal',
    contentDir: 'examples/minimal/content',
  },
} as const satisfies Record<string, SiteUnderTest>;
export type SiteName = keyof typeof SITES;

/**
 * The sites the generic checks run on: TEST_SITES=root,example names some
 * (`npm run test:site` checks the root build only); all of them by default.
 */
export function sitesUnderTest(env: Record<string, string | undefined> = process.env): SiteName[] {
  const names = (env.TEST_SITES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) if (!(name in SITES)) throw new Error(`TEST_SITES names an unknown site: ${name}`);
  return names.length ? (names as SiteName[]) : (Object.keys(SITES) as SiteName[]);
}

/** The address the test builds are made for (SITE_URL): their canonical links start with it. */
export const SITE_ORIGIN = 'https://example.org';

/** The repository the test builds point their "Edit this page" links to. */
export const REPOSITORY = 'https://github.com/example/standardisation-site';
