/**
 * Forgiving search for any word, in the browser: every word the search index
 * holds, with how often it occurs (written at build time by
 * build-time/search-words.ts from the text Pagefind indexed), corrects each
 * word of a query on its own ("detecton" → detection, "xelmec" → WELMEC), a
 * typo in the first letter too. Names are corrected first, as a whole, by
 * spelling.ts; this is for every other word. Pure: no DOM.
 *
 * The words are written in parts by their first and by their second
 * character, each word in both: whatever letter of a word a typo falls on,
 * the word meant is in the part of the typed word's first or second
 * character (a changed or added first letter leaves the second in place; a
 * dropped one brings the second forward). A word of a query needs those two
 * parts, not the whole list.
 */
import damerau from 'damerau-levenshtein';
import { foldAccents } from './search-terms';
import { allowedEdits, vocabularyPart, VOCABULARY_PARTS } from './spelling';

/** Where the parts are, under the site's base: search/words/<part>.json. */
export const WORDS_PATH = 'search/words/';

/** A word of the search index and how many times the indexed text holds it. */
export interface WordCount {
  /** As the pages write it most often: "Ericsson", "metrology". */
  word: string;
  count: number;
}

/** The words of a text as the vocabulary counts them: runs of letters and digits with a letter, of two or more. */
export function wordsIn(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2 && /\p{L}/u.test(word));
}

/** A word reduced for comparison: case and accents do not count. */
export const wordKey = (word: string): string => foldAccents(word).toLowerCase();

/**
 * Every word of the texts with how often it occurs, in the order of their
 * keys; each written as the texts write it most often.
 */
export function countWords(texts: Iterable<string>): WordCount[] {
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const word of wordsIn(text)) {
      const key = wordKey(word);
      let seen = forms.get(key);
      if (!seen) forms.set(key, (seen = new Map()));
      seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  return [...forms]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, seen]) => {
      let count = 0;
      let word = '';
      let most = 0;
      for (const [form, n] of seen) {
        count += n;
        // The most frequent form; on a tie, the lower-case one ("metering" over "Metering").
        if (n > most || (n === most && form > word)) [word, most] = [form, n];
      }
      return { word, count };
    });
}

/** The parts a word is written in, and the parts a typed word needs: those of its first and second character. */
export function wordParts(word: string): string[] {
  const chars = [...wordKey(word)].slice(0, 2);
  return [...new Set(chars.map((c) => vocabularyPart(c)).filter((p): p is string => p !== undefined))];
}

/** The words split into their parts (see wordParts); every part is there, empty or not. */
export function splitWords(words: readonly WordCount[]): Map<string, WordCount[]> {
  const parts = new Map<string, WordCount[]>(VOCABULARY_PARTS.map((part) => [part, []]));
  for (const word of words) for (const part of wordParts(word.word)) parts.get(part)?.push(word);
  return parts;
}

/** A part as its file holds it: the words in one string, a space between them, and their counts in the same order. */
export interface PackedWords {
  words: string;
  counts: number[];
}

export const packWords = (words: readonly WordCount[]): PackedWords => ({
  words: words.map((w) => w.word).join(' '),
  counts: words.map((w) => w.count),
});

export const unpackWords = (packed: PackedWords): WordCount[] =>
  packed.words ? packed.words.split(' ').map((word, i) => ({ word, count: packed.counts[i] ?? 0 })) : [];

/**
 * True when a typed word is a word of the site or the start of one ("metrol"):
 * never a typo. Needs only the part of its first character.
 */
export function isWordOfSite(typed: string, words: readonly WordCount[]): boolean {
  const key = wordKey(typed);
  return words.some((w) => wordKey(w.word).startsWith(key));
}

/**
 * The words a typed word may be a typo of, best first: within allowedEdits
 * of it (a swap of two letters is one edit), the fewest edits first, then the
 * more frequent; at most `max`. `extra` allows that many more edits, for
 * suggestions when nothing closer is found.
 */
export function wordCorrections(typed: string, words: readonly WordCount[], max = 3, extra = 0): WordCount[] {
  const key = wordKey(typed);
  const limit = allowedEdits(key.length) + (allowedEdits(key.length) ? extra : 0);
  if (limit === 0) return [];
  const seen = new Set<string>();
  const close: (WordCount & { edits: number })[] = [];
  for (const word of words) {
    const candidate = wordKey(word.word);
    if (seen.has(candidate) || Math.abs(candidate.length - key.length) > limit) continue;
    seen.add(candidate);
    const edits = damerau(key, candidate).steps;
    if (edits > 0 && edits <= limit) close.push({ ...word, edits });
  }
  return close
    .sort((a, b) => a.edits - b.edits || b.count - a.count || (a.word < b.word ? -1 : 1))
    .slice(0, max)
    .map(({ word, count }) => ({ word, count }));
}

/** A query cut into its words and what stands between them, so that a word can be replaced in place. */
export function queryWords(query: string): { words: string[]; between: string[] } {
  const pieces = query.split(/([^\p{L}\p{N}]+)/u);
  return {
    words: pieces.filter((_, i) => i % 2 === 0),
    between: pieces.filter((_, i) => i % 2 === 1),
  };
}

/** A word a query may correct: with a letter, and long enough for allowedEdits to allow one. */
export const correctable = (word: string): boolean => /\p{L}/u.test(word) && allowedEdits(wordKey(word).length) > 0;

/** At most this many combinations are ranked: a long query keeps only the best choice of each word. */
const MAX_COMBINATIONS = 256;

/**
 * The corrections of a query, best first: each word replaced by one of its
 * `choices` (undefined or empty: the word stays as typed), the queries with
 * the best choices first (the lowest sum of their ranks); at most `max`, none
 * equal to the query.
 */
export function correctedQueries(
  query: string,
  choices: readonly (readonly string[] | undefined)[],
  max: number,
): string[] {
  const { words, between } = queryWords(query);
  let options: readonly (readonly string[])[] = words.map((word, i) => {
    const choice = choices[i];
    return choice?.length ? choice : [word];
  });
  if (options.reduce((n, o) => n * o.length, 1) > MAX_COMBINATIONS) options = options.map((o) => o.slice(0, 1));
  // Every combination of one choice per word, as the choices themselves.
  let combos: { words: string[]; rank: number }[] = [{ words: [], rank: 0 }];
  for (const option of options)
    combos = combos.flatMap((c) => option.map((word, rank) => ({ words: [...c.words, word], rank: c.rank + rank })));
  const out: string[] = [];
  for (const combo of combos.sort((a, b) => a.rank - b.rank)) {
    const text = combo.words.map((word, i) => (i ? (between[i - 1] ?? '') : '') + word).join('');
    if (text !== query && !out.includes(text)) out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

/** The query with one of its words left out, for each word: "legal metrology xyz" → "metrology xyz", "legal xyz", … */
export function withoutOneWord(query: string): string[] {
  const words = queryWords(query).words.filter(Boolean);
  if (words.length < 2) return [];
  return [...new Set(words.map((_, drop) => words.filter((_, i) => i !== drop).join(' ')))];
}

/**
 * A correction written in the typed word's style where only the case of its
 * first letter differs: "instruments" for a visitor who typed
 * "ibstruments", though the pages write "Instruments" most often; an acronym
 * or a name with capitals inside ("WELMEC", "oneM2M") stays as written.
 */
export function inTypedCase(typed: string, word: string): string {
  const titleCase = word.charAt(0) !== word.charAt(0).toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
  return titleCase && typed === typed.toLowerCase() ? word.toLowerCase() : word;
}
