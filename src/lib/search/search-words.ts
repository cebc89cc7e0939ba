/**
 * Every word the search index holds, with how often it occurs, for the
 * browser to correct a typo in any word (src/lib/pure/words.ts): read from
 * the text Pagefind itself extracted from each page it indexed (its
 * fragments, one per page: the page's text and title), so that the words are
 * exactly those a search can find, and written in parts to search/words/.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { countWords, packWords, splitWords, WORDS_PATH, type WordCount } from '../pure/words';

/** What Pagefind writes before the JSON of a fragment, once decompressed (Pagefind 1.x). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content?: string;
  meta?: { title?: string };
}

/** A page as the search index holds it: its address (with the site's base) and its indexed text, title first. */
export interface IndexedPage {
  url: string;
  text: string;
}

/** Every page Pagefind wrote into `bundle` (its output folder), as the index holds it. */
export async function indexedPages(bundle: string): Promise<IndexedPage[]> {
  const folder = path.join(bundle, 'fragment');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.pf_fragment'));
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
      if (!text.startsWith(FRAGMENT_SIGNATURE))
        throw new Error(`${file} in ${folder} is not a Pagefind fragment this site can read`);
      const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
      return { url: fragment.url, text: `${fragment.meta?.title ?? ''}\n${fragment.content ?? ''}` };
    }),
  );
}

/** Writes the words of the index in `bundle` into the site in `site`; returns them. */
export async function writeSearchWords(site: string, bundle: string): Promise<WordCount[]> {
  const words = countWords((await indexedPages(bundle)).map((page) => page.text));
  if (!words.length) throw new Error(`Pagefind's index in ${bundle} holds no words`);
  const folder = path.join(site, WORDS_PATH);
  await mkdir(folder, { recursive: true });
  await Promise.all(
    [...splitWords(words)].map(([part, list]) =>
      writeFile(path.join(folder, `${part}.json`), JSON.stringify(packWords(list))),
    ),
  );
  return words;
}
