/**
 * Vitest global setup: builds the sites a test project reads, into .tmp/,
 * one after the other (two builds must not share Astro's caches at the same
 * time). A site already built in this run (for another test project) is not
 * built again.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro';
import { REPOSITORY, ROOT, SITE_ORIGIN, SITES, sitesUnderTest, type SiteName } from './paths';

/** The sites each test project needs; the generic checks take theirs from TEST_SITES. */
const NEEDS: Record<string, () => SiteName[]> = {
  site: () => sitesUnderTest(),
  // The relevance table runs at the root of a host and under a sub-path.
  project: () => ['root', 'sub'],
};

export default async function setup(project: TestProject) {
  const run = process.env.TEST_RUN ?? 'once';
  for (const name of NEEDS[project.name]?.() ?? []) {
    const site = SITES[name];
    const stamp = `${site.dir}.run`;
    if ((await readFile(stamp, 'utf8').catch(() => '')) === run) continue;
    await rm(site.dir, { recursive: true, force: true });
    const started = Date.now();
    const result = await astroBuild(ROOT, {
      SITE_BASE: site.base,
      SITE_OUT_DIR: site.dir,
      SITE_PROJECT: site.project,
      SITE_URL: SITE_ORIGIN,
      SITE_REPOSITORY: REPOSITORY,
    });
    if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
    await writeFile(stamp, run);
    console.log(
      `built the ${name} site (${site.project || 'default project'} at ${site.base}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
