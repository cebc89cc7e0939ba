/**
 * The site's names and the words of its index, as the browser's search
 * fetches them: the part of the vocabulary of names a query needs, the whole
 * vocabulary in the background after a first search, and the parts of the
 * index's words a possible typo needs; each fetched once and shared.
 */
import { unpackVocabulary, vocabularyPart, type PackedVocabulary, type Vocabulary } from '../../lib/pure/spelling';
import { unpackWords, wordParts, type PackedWords, type WordCount } from '../../lib/pure/words';

export const NO_NAMES: Vocabulary = { entries: [] };

/** How long after a first search the whole vocabulary starts loading, once that search's own downloads are done. */
const WHOLE_VOCABULARY_AFTER = 2000;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

const fetchVocabulary = async (url: string) => unpackVocabulary(await fetchJson<PackedVocabulary>(url));

/** What `load` gives for `key`, loaded once and shared; a load that failed is tried again by the next caller. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load();
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}

export class SiteNames {
  private readonly parts = new Map<string, Promise<Vocabulary>>();
  /** The parts of the words of the index, each fetched when a word first needs it. */
  private readonly wordLists = new Map<string, Promise<WordCount[]>>();
  /** Every name, loaded in the background after a first search: later queries then wait for no part. */
  private whole?: Vocabulary;
  private wholeAsked = false;

  /** `vocabulary`: the folder of the vocabulary's parts; `words`: the folder of the parts of the index's words. */
  constructor(private readonly where: { vocabulary: string; words: string }) {}

  /** The part of the vocabulary `typed` needs (fetched once per part), or the whole once loaded; none for "". */
  vocabulary(typed: string): Promise<Vocabulary> {
    const part = vocabularyPart(typed);
    if (!part) return Promise.resolve(NO_NAMES);
    if (this.whole) return Promise.resolve(this.whole);
    return once(this.parts, part, () => fetchVocabulary(`${this.where.vocabulary}${part}.json`));
  }

  /**
   * A first search fetches only the part of the vocabulary it needs; a moment
   * later the whole loads in the background, so that the next queries, on a
   * slow connection too, wait for nothing but Pagefind.
   */
  loadWholeVocabulary(): void {
    if (this.wholeAsked) return;
    this.wholeAsked = true;
    window.setTimeout(() => {
      fetchVocabulary(`${this.where.vocabulary}all.json`).then(
        (whole) => (this.whole = whole),
        // Without it, each query keeps fetching its own part.
        () => undefined,
      );
    }, WHOLE_VOCABULARY_AFTER);
  }

  /** The words of the index a typed word may be or be a typo of: the parts of its first two characters. */
  async wordsNear(word: string): Promise<WordCount[]> {
    const lists = await Promise.all(
      wordParts(word).map((part) =>
        once(this.wordLists, part, () => fetchJson<PackedWords>(`${this.where.words}${part}.json`).then(unpackWords)),
      ),
    );
    return lists.flat();
  }
}
