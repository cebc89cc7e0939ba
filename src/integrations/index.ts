/**
 * The site's one integration, as Starlight's is: astro.config.mjs names it
 * alone, and it adds the others in the order they must run, each given what
 * it needs here rather than through the environment.
 *
 * 1. The build goes to a staging folder, published last (atomic-output.ts).
 * 2. The content check (content-check.ts), which also checks the site configuration.
 * Each collection's own pages beyond its list and entries (its definition's
 * `routes`: the timeline, the meetings by facet …) are injected as routes.
 *
 * 3. MDX with nothing in the text that could run (remark-inert.ts), GFM once, and links in the text
 *    under the base path; Tailwind; the sitemap.
 * 4. After the compiler, its memory freed (release-memory.ts); after the pages, the search index
 *    (pagefind.ts) and the security headers (security-headers.ts); then the output is published.
 *
 * It serves `virtual:standards-site/content` to the content collections
 * (src/content.config.ts): the project's content folder, and whether entries
 * that do not fit their schema are left out instead of stopping Astro (in the
 * dev server, and in a build until the content check has spoken: see
 * src/lib/render/tolerant-loader.ts). And it puts the project's site configuration in
 * place of src/site.config.ts when SITE_PROJECT names another project.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Pluggable } from 'unified';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import remarkBaseLinks from '../lib/render/remark-base-links';
import remarkInert from '../lib/render/remark-inert';
import collections from '#collections';
import { normaliseBase } from '../lib/pure/base';
import type { SiteConfigFiles } from '../lib/build-time/content-check';
import { atomicOutput } from './atomic-output';
import contentCheck from './content-check';
import pagefind from './pagefind-index';
import releaseMemory from './release-memory';
import securityHeaders from './security-headers';

export interface SiteOptions {
  /** The content folder, relative to the root: "content" or "<project>/content". */
  contentDir: string;
  /** The project's site configuration: its file, its public folder and its value. */
  siteConfig: SiteConfigFiles;
}

const CONTENT_MODULE = 'virtual:standards-site/content';

/** Serves what the content collections need to know of this build. */
function contentOptions(values: { contentDir: string; tolerant: boolean }): Plugin {
  const resolved = `\0${CONTENT_MODULE}`;
  return {
    name: 'standards-site-content',
    resolveId: (id) => (id === CONTENT_MODULE ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? Object.entries(values)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}

/** The project's site configuration in place of src/site.config.ts, when it is another file. */
function projectSiteConfig(root: string, file: string): Plugin {
  const original = path.resolve(root, 'src/site.config.ts');
  const replacement = path.resolve(root, file);
  return {
    name: 'standards-site-config',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (replacement === original || !/site\.config(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === original ? replacement : null;
    },
  };
}

export default function standardsSite({ contentDir, siteConfig }: SiteOptions): AstroIntegration {
  const output = atomicOutput();
  return {
    name: 'standards-site',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, injectRoute }) => {
        const root = fileURLToPath(config.root);
        // The pages each collection adds beyond its list and its entries' (a timeline, pages by facet …).
        for (const name of collections.COLLECTION_NAMES)
          for (const { pattern, entrypoint } of collections.collectionSpec(name).routes ?? [])
            injectRoute({ pattern, entrypoint });
        updateConfig({
          ...(command === 'build' && { outDir: await output.prepare(config.outDir) }),
          vite: {
            plugins: [
              contentOptions({ contentDir, tolerant: command === 'dev' || command === 'build' }),
              projectSiteConfig(root, siteConfig.file),
            ],
          },
          integrations: [
            contentCheck({ contentDir, site: siteConfig, discardOutput: output.discard }),
            // MDX already applies GFM; it is turned off there and added once, explicitly.
            mdx({
              gfm: false,
              remarkPlugins: [
                // First, before anything is added to the tree: what could run is taken out of the text.
                remarkInert,
                remarkGfm,
                // What the collections add to every page's text (the references link citation markers) …
                ...collections.COLLECTION_NAMES.flatMap((c) => {
                  const { remark, path: own } = collections.collectionSpec(c);
                  return remark ? [[remark, { path: `/${own}/` }] satisfies [unknown, unknown] as Pluggable] : [];
                }),
                // … then every site link gets the base path.
                [remarkBaseLinks, { base: normaliseBase(config.base) }],
              ],
            }),
            tailwind({ applyBaseStyles: false }),
            sitemap({ filter: (page) => !page.endsWith('/404/') && !page.includes('/search/') }),
            releaseMemory(),
            pagefind(),
            securityHeaders(),
            output.publish(),
          ],
        });
      },
    },
  };
}
