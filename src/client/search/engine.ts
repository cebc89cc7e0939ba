/**
 * What both search views share — the header's instant results and the
 * search page: Pagefind, the site's vocabulary of names and the words of its
 * index, each loaded once and only when first needed, and one search that
 * puts exact names first (answers) and, when the typed words are found
 * nowhere, corrects a mistyped name as a whole ("welmek" → WELMEC) or else
 * each mistyped word on its own ("legal metrolgy" → legal metrology); a query
 * that still finds nothing comes with the nearest queries that do.
 */
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind';
import { answersFor, correctionFor, type VocabularyEntry } from '../../lib/pure/spelling';
import {
  correctable,
  inTypedCase,
  correctedQueries,
  isWordOfSite,
  queryWords,
  withoutOneWord,
  wordCorrections,
  type WordCount,
} from '../../lib/pure/words';
import { foldAccents, normaliseName } from '../../lib/pure/search-terms';
import { firstSentence } from '../../lib/pure/excerpt';
import { NO_NAMES, SiteNames } from './site-names';

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
  /** When nothing is found: the nearest queries that find something, with how many results each. */
  suggestions: Suggestion[];
}

export interface Suggestion {
  query: string;
  count: number;
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

/** How many corrections of a query's words are tried before the query is taken as finding nothing. */
const CORRECTIONS_TRIED = 4;
/** How many nearest queries are offered when nothing is found, and how many searches may find them. */
const SUGGESTIONS = 3;
const SUGGESTION_SEARCHES = 8;

export class SearchEngine {
  private loading?: Promise<Pagefind>;
  private allFilters?: Promise<FilterCounts>;

  /**
   * `bundle`: the address of Pagefind's folder; `base`: the site's base;
   * `vocabulary`: the folder of the vocabulary's parts; `words`: the folder
   * of the parts of the index's words.
   */
  private readonly names: SiteNames;

  constructor(private readonly where: { bundle: string; base: string; vocabulary: string; words: string }) {
    this.names = new SiteNames(where);
  }

  /** Loads Pagefind (once; later calls share the first) and, given what is typed, the names it needs. */
  async ready(typed = ''): Promise<Pagefind> {
    this.loading ??= loadPagefind(this.where.bundle, this.where.base);
    const [pagefind] = await Promise.all([this.loading, this.names.vocabulary(typed).catch(() => NO_NAMES)]);
    return pagefind;
  }

  /**
   * For each word of the query, the words it may be a typo of, best first;
   * undefined for a word of the site, the start of one, or one too short to
   * correct. `extra`: edits allowed beyond the usual, for suggestions.
   */
  private choices(query: string, extra = 0): Promise<(string[] | undefined)[]> {
    return Promise.all(
      queryWords(query).words.map(async (word) => {
        if (!correctable(word)) return undefined;
        const near = await this.names.wordsNear(word).catch((): WordCount[] => []);
        if (!near.length || isWordOfSite(word, near)) return undefined;
        return wordCorrections(word, near, 3, extra).map((w) => inTypedCase(word, w.word));
      }),
    );
  }

  /** Every value of every filter, from the whole index: loaded only when filters are shown. */
  async filters(): Promise<FilterCounts> {
    const pagefind = await this.ready();
    this.allFilters ??= pagefind.filters();
    return this.allFilters;
  }

  /** True when every word of the query is a word of the site or the start of one (or could not be judged). */
  private async allOnSite(query: string): Promise<boolean> {
    return (await this.choices(query)).every((choice) => choice === undefined);
  }

  async find(typed: string, options: FindOptions): Promise<Found> {
    const query = typed.trim();
    const filters = options.filters ?? {};
    // Without its names, a search still finds pages; it neither answers nor corrects.
    const [pagefind, vocabulary] = await Promise.all([
      this.ready(),
      this.names.vocabulary(query).catch(() => NO_NAMES),
    ]);
    const run = async (words: string) => {
      // Answers are for a query alone: with filters chosen, the visitor is narrowing results.
      const answers = words && !Object.keys(filters).length ? answersFor(words, vocabulary) : [];
      const found = await pagefind.search(words || null, { filters });
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
    if (query) this.names.loadWholeVocabulary();
    const stale = () => options.stale?.() ?? false;
    const as = (result: Awaited<ReturnType<typeof run>>, more: Partial<Found> = {}): Found => ({
      typed,
      suggestions: [],
      ...result,
      ...more,
    });
    if (!query || found.answers.length || stale()) return as(found);
    // The words are in the best results: nothing to correct.
    if (found.first.some((d) => wordsOccur(query, `${d.meta.title ?? ''} ${d.raw_content ?? ''}`))) return as(found);
    const counted = async (words: string) => (await pagefind.search(words, { filters }))?.results.length ?? 0;
    // Perhaps a typo. A name first, as a whole: "etsi tc cyebr" is ETSI TC CYBER.
    const name = options.asTyped ? undefined : correctionFor(query, vocabulary);
    if (name && normaliseName(name.term) !== normaliseName(query)) {
      const byName = await run(name.term);
      if (byName.results.length) return as(byName, { corrected: name.term });
    }
    // Every word is on the site (or the words could not be loaded): the results are the query's own.
    const choices = await this.choices(query);
    if (choices.every((choice) => choice === undefined)) return as(found);
    // Then each word on its own, when every word not on the site has a correction: the first that finds something.
    const tried = new Set<string>([query]);
    if (!options.asTyped && choices.every((choice) => choice === undefined || choice.length))
      for (const corrected of correctedQueries(query, choices, CORRECTIONS_TRIED)) {
        if (stale()) return as(found);
        tried.add(corrected);
        if (await counted(corrected)) return as(await run(corrected), { corrected });
      }
    // No page holds every word typed: Pagefind leaves out a word found nowhere, so what it found is not an answer.
    // The nearest queries of words on the site that find something are.
    const best = correctedQueries(query, choices, 1)[0] ?? query;
    const nearest = [...correctedQueries(query, await this.choices(query, 1), 6), ...withoutOneWord(best)];
    const suggestions: Suggestion[] = [];
    for (const candidate of nearest.filter((q) => !tried.has(q)).slice(0, SUGGESTION_SEARCHES)) {
      if (stale() || suggestions.length >= SUGGESTIONS) break;
      if (!(await this.allOnSite(candidate))) continue;
      const count = await counted(candidate);
      if (count) suggestions.push({ query: candidate, count });
    }
    return as({ answers: [], results: [], consumed: 0, first: [], filters: {} }, { suggestions });
  }
}
