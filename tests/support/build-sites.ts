/**
 * Vitest global setup of the "site" tests: builds the real site at / and
 * under /sub/ into .tmp/, one after the other (two builds must not share
 * Astro's caches at the same time).
 */
import { rm } from 'node:fs/promises';
import { astroBuild } from './astro';
import { REPOSITORY, ROOT, SITES } from './paths';

export default async function setup() {
  for (const [name, site] of Object.entries(SITES)) {
    await rm(site.dir, { recursive: true, force: true });
    const started = Date.now();
    const result = await astroBuild(ROOT, {
      SITE_BASE: site.base,
      SITE_OUT_DIR: site.dir,
      SITE_URL: 'https://example.org',
      SITE_REPOSITORY: REPOSITORY,
    });
    if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
    console.log(`built the site at ${site.base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
