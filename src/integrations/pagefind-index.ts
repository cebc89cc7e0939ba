/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of every
 * `astro build`, through Pagefind's Node API. A failure fails the build.
 * Pagefind reads only the files that can hold a searchable page
 * (src/lib/search/searched-pages.ts). Every word of the index is then
 * written for the correction of typos (src/lib/search/search-words.ts).
 *
 * The word index is written in chunks of about 2 KB instead of Pagefind's
 * default, several times larger: a search loads only the chunks that hold its
 * words, so the first search of a large site downloads less (BENCHMARKS.md
 * has the figures). Pagefind reads the size from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a setting of the pinned version that it
 * does not document: should a later version drop it, the index keeps the
 * default chunks and works as before. Set the variable to choose another size.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchedPagesGlob } from '../lib/search/searched-pages';
import { writeSearchWords } from '../lib/search/search-words';

/** Bytes of word index per chunk (see above). */
export const INDEX_CHUNK_BYTES = 2000;

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Read by Pagefind's process, which the first call below starts with this environment.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_BYTES);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site, glob: searchedPagesGlob() });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const bundle = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
          const words = await writeSearchWords(site, bundle);
          logger.info(`wrote the ${words.length} words of the index for the correction of typos`);
        } finally {
          await close();
        }
      },
    },
  };
}
