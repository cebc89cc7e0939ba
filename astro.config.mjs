// @ts-check
import { defineConfig } from 'astro/config';
import standardsSite from './src/integrations/index.ts';
// Not src/lib/build-time/urls.ts: a module the config loads is evaluated before Astro sets BASE_URL and would keep "/".
import { normaliseBase } from './src/lib/pure/base.ts';
import { contentDir, projectFolder, publicDir, siteConfigFile } from './src/lib/build-time/project.ts';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';

// SITE_URL: the public origin (for canonical links); SITE_BASE: the sub-path the site is served under.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE);
// The dev server would otherwise advise upgrading Astro past the line this project pins (see README).
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
// SITE_OUT_DIR: where the built site goes (the tests build several variants side by side).
const outDir = process.env.SITE_OUT_DIR || './dist';

// Each project keeps its own content cache, so that building one never reads the other's entries; and a
// change to the data model starts a new one, since Astro re-reads only the files that changed.
const project = projectFolder();
const model = createHash('sha256');
for (const file of readdirSync('src/collections', { recursive: true, encoding: 'utf8' })
  .filter((f) => /(^|\/)(schema|collection|fields)\.ts$/.test(f))
  .sort())
  model.update(readFileSync(`src/collections/${file}`));
const cacheDir = `./node_modules/.astro-${project ? project.replace(/[^\w]+/g, '-') : 'site'}-${model.digest('hex').slice(0, 8)}/`;

// The project's site configuration (SITE_PROJECT chooses it), checked with the content.
const siteConfig = {
  file: siteConfigFile(),
  publicDir: publicDir(),
  config: (await import(/* @vite-ignore */ pathToFileURL(path.resolve(siteConfigFile())).href)).site,
};

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  publicDir: publicDir(),
  trailingSlash: 'always',
  // No inline scripts or styles, so that the security policy needs no 'unsafe-inline' (src/lib/pure/security.ts).
  // Four pages rendered at a time: the time a page waits on its file being written goes to the next
  // (about a third less time generating pages at 1,000 entries; see BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Every other integration comes from this one, in order (src/integrations/index.ts).
  integrations: [standardsSite({ contentDir: contentDir(), siteConfig })],
});
