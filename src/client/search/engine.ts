/**
 * What both search views share — the header's instant results and the
 * search page: Pagefind and the site's vocabulary, loaded once and only when
 * first needed, and one search that puts exact names first (answers) and
 * corrects a mistyped name ("welmek" → WELMEC) when the typed words are
 * found nowhere.
 */
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind';
import {
  answersFor,
  correctionFor,
  unpackVocabulary,
  vocabularyPart,
  type PackedVocabulary,
  type Vocabulary,
  type VocabularyEntry,
} from '../../lib/pure/spelling';
import { foldAccents, normaliseName } from '../../lib/pure/search-terms';
import { firstSentence } from '../../lib/pure/excerpt';

export interface Found {
  /** What was typed. */
  typed: string;
  /** The name searched instead of what was typed, when it looked mistyped. */
  corrected?: string;
  /** Entries the query names exactly, shown first with their expansion or summary. */
  answers: VocabularyEntry[];
  /** Every result, best first. */
  results: PagefindResult[];
  /** How many of them were loaded. */
  consumed: number;
  /** The data of the results loaded, without pages already given as answers. */
  first: PagefindResultData[];
  /** Result counts per filter value. */
  filters: FilterCounts;
}

export interface FindOptions {
  filters?: Record<string, { any: string[] }>;
  /** How many results to load the data of. */
  count: number;
  /** True to search the words as typed, without correcting them. */
  asTyped?: boolean;
  /** True once a newer search has started: the results' data are then not fetched. */
  stale?: () => boolean;
}

/** True when every word of `query` starts a word of `text` (case and accents aside). */
export function wordsOccur(query: string, text: string): boolean {
  const plain = (s: string) => foldAccents(s).toLowerCase();
  const haystack = plain(text);
  return plain(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'u').test(haystack));
}

/** An answer with the first sentence of its page's summary, when its page is among the results loaded. */
function withSummary(answer: VocabularyEntry, loaded: readonly PagefindResultData[]): VocabularyEntry {
  const summary = loaded.find((d) => d.url === answer.url)?.meta.summary;
  return summary ? { ...answer, line: firstSentence(summary) } : answer;
}

const NO_NAMES: Vocabulary = { entries: [] };

/** How long after a first search the whole vocabulary starts loading, once that search's own downloads are done. */
const WHOLE_VOCABULARY_AFTER = 2000;

async function fetchVocabulary(url: string): Promise<Vocabulary> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return unpackVocabulary((await response.json()) as PackedVocabulary);
}

export class SearchEngine {
  private loading?: Promise<Pagefind>;
  private readonly parts = new Map<string, Promise<Vocabulary>>();
  /** Every name, loaded in the background after a first search: later queries then wait for no part. */
  private whole?: Vocabulary;
  private wholeAsked = false;
  private allFilters?: Promise<FilterCounts>;

  /**
   * `bundle`: the address of Pagefind's folder; `base`: the site's base;
   * `vocabulary`: the folder of the vocabulary's parts.
   */
  constructor(private readonly where: { bundle: string; base: string; vocabulary: string }) {}

  /** Loads Pagefind (once; later calls share the first) and, given what is typed, the names it needs. */
  async ready(typed = ''): Promise<Pagefind> {
    this.loading ??= loadPagefind(this.where.bundle, this.where.base);
    const [pagefind] = await Promise.all([this.loading, this.vocabulary(typed).catch(() => NO_NAMES)]);
    return pagefind;
  }

  /** The part of the vocabulary `typed` needs (fetched once per part), or the whole once loaded; none for "". */
  private vocabulary(typed: string): Promise<Vocabulary> {
    const part = vocabularyPart(typed);
    if (!part) return Promise.resolve(NO_NAMES);
    if (this.whole) return Promise.resolve(this.whole);
    let loading = this.parts.get(part);
    if (!loading) {
      loading = fetchVocabulary(`${this.where.vocabulary}${part}.json`);
      // A part that failed to load is asked for again by the next search.
      loading.catch(() => this.parts.delete(part));
      this.parts.set(part, loading);
    }
    return loading;
  }

  /**
   * A first search fetches only the part of the vocabulary it needs; a moment
   * later the whole loads in the background, so that the next queries, on a
   * slow connection too, wait for nothing but Pagefind.
   */
  private loadWholeVocabulary(): void {
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

  /** Every value of every filter, from the whole index: loaded only when filters are shown. */
  async filters(): Promise<FilterCounts> {
    const pagefind = await this.ready();
    this.allFilters ??= pagefind.filters();
    return this.allFilters;
  }

  async find(typed: string, options: FindOptions): Promise<Found> {
    const query = typed.trim();
    // Without its names, a search still finds pages; it neither answers nor corrects.
    const [pagefind, vocabulary] = await Promise.all([this.ready(), this.vocabulary(query).catch(() => NO_NAMES)]);
    const run = async (words: string) => {
      // Answers are for a query alone: with filters chosen, the visitor is narrowing results.
      const answers = words && !Object.keys(options.filters ?? {}).length ? answersFor(words, vocabulary) : [];
      const found = await pagefind.search(words || null, { filters: options.filters ?? {} });
      const results = found?.results ?? [];
      // A search overtaken by a newer one is not shown: its pages' data would be fetched for nothing.
      const wanted = options.stale?.() ? 0 : options.count;
      const loaded = await Promise.all(results.slice(0, wanted).map((r) => r.data()));
      // A page given as an answer is not listed again, and lends the answer its summary.
      const answered = new Set(answers.map((a) => a.url));
      const first = loaded.filter((d) => !answered.has(d.url));
      return {
        answers: answers.map((a) => withSummary(a, loaded)),
        results,
        consumed: loaded.length,
        first,
        filters: found?.filters ?? {},
      };
    };
    const found = await run(query);
    if (query) this.loadWholeVocabulary();
    if (!query || options.asTyped || found.answers.length) return { typed, ...found };
    // Nothing names the query, and its words are in none of the best results: perhaps a typo.
    if (found.first.some((d) => wordsOccur(query, `${d.meta.title ?? ''} ${d.raw_content ?? ''}`)))
      return { typed, ...found };
    const correction = correctionFor(query, vocabulary);
    if (!correction || normaliseName(correction.term) === normaliseName(query)) return { typed, ...found };
    return { typed, corrected: correction.term, ...(await run(correction.term)) };
  }
}
