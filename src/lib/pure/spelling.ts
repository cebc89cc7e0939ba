/**
 * Forgiving search, in the browser: the site's vocabulary (the names of its
 * entries, built into a small file at build time by search-vocabulary.ts)
 * answers a query that is exactly a name, and corrects one with a letter or
 * two wrong, dropped or swapped ("welmek" → WELMEC). Pure: no DOM.
 */
import damerau from 'damerau-levenshtein';
import { normaliseName as normalise } from './search-terms';

/** One named entry of the site, as the vocabulary file lists it. */
export interface VocabularyEntry {
  /** The name shown: "WELMEC", "PUF". */
  name: string;
  /** Its other names: full name, acronym, aliases. */
  also: string[];
  /** The full name or expansion, shown after the name: "Physical Unclonable Function". */
  expansion?: string;
  /** One line on what it is: not in the file, but taken from the page's search data when it is loaded. */
  line?: string;
  /** The type of page, as search results label it ("Body", "Glossary"). */
  type: string;
  /** Its address, with the site's base. */
  url: string;
}

export interface Vocabulary {
  entries: VocabularyEntry[];
}

const namesOf = (entry: VocabularyEntry) => [entry.name, ...entry.also];

/**
 * The part of the vocabulary a query needs: the vocabulary is written in
 * parts by the first character of names and of their words ("cyb" is in the
 * part of "ETSI TC CYBER"), so that a search fetches one small part, not every
 * name of the site. A query's answers, the names it starts and the names it
 * may be a typo of all begin with its own first character. "_" holds the
 * names that start with anything but a letter a–z or a digit.
 */
export function vocabularyPart(text: string): string | undefined {
  const first = normalise(text).charAt(0);
  if (!first) return undefined;
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** The parts an entry is written in: one for the first character of each of its names and of their words. */
export function partsOf(entry: VocabularyEntry): string[] {
  const parts = new Set<string>();
  for (const name of namesOf(entry))
    for (const text of [name, ...name.split(/[\s\-/]+/)]) {
      const part = vocabularyPart(text);
      if (part) parts.add(part);
    }
  return [...parts];
}

/** Every part there is: a–z, 0–9 and "_". */
export const VOCABULARY_PARTS = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/**
 * The vocabulary split into its parts (see vocabularyPart), each entry in
 * every part it belongs to; every part is there, empty or not, so that no
 * query asks for a file that does not exist.
 */
export function splitVocabulary(vocabulary: Vocabulary): Map<string, Vocabulary> {
  const parts = new Map<string, Vocabulary>(VOCABULARY_PARTS.map((part) => [part, { entries: [] }]));
  for (const entry of vocabulary.entries) for (const part of partsOf(entry)) parts.get(part)?.entries.push(entry);
  return parts;
}

/**
 * A vocabulary as its files hold it, about a fifth smaller once compressed:
 * each entry a row [name, other names, type, address, expansion?], the types
 * listed once, and the expansion, usually one of the other names, given as
 * its position among them.
 */
export interface PackedVocabulary {
  types: string[];
  entries: [name: string, also: string[], type: number, url: string, expansion?: number | string][];
}

/** The vocabulary in the form of its files (see PackedVocabulary). */
export function packVocabulary(vocabulary: Vocabulary): PackedVocabulary {
  const types = [...new Set(vocabulary.entries.map((e) => e.type))];
  return {
    types,
    entries: vocabulary.entries.map(({ name, also, type, url, expansion }) => {
      const row: PackedVocabulary['entries'][number] = [name, also, types.indexOf(type), url];
      if (expansion !== undefined) row.push(also.includes(expansion) ? also.indexOf(expansion) : expansion);
      return row;
    }),
  };
}

/** The vocabulary read back from its files (see PackedVocabulary). */
export function unpackVocabulary(packed: PackedVocabulary): Vocabulary {
  return {
    entries: packed.entries.map(([name, also, type, url, expansion]) => ({
      name,
      also,
      ...(expansion === undefined ? {} : { expansion: typeof expansion === 'number' ? also[expansion] : expansion }),
      type: packed.types[type] ?? '',
      url,
    })),
  };
}

/** Answers are listed in this order of type; types not listed come last. */
const ANSWER_ORDER = ['Glossary', 'Body', 'Standard', 'Topic', 'Partner', 'Report', 'Result'];
const rank = (type: string) => {
  const i = ANSWER_ORDER.indexOf(type);
  return i < 0 ? ANSWER_ORDER.length : i;
};

/**
 * The entries a query names exactly ("PUF", "tc215", "Physical Unclonable
 * Function"), the definition first, then pages; at most `max`.
 */
export function answersFor(query: string, vocabulary: Vocabulary, max = 2): VocabularyEntry[] {
  const wanted = normalise(query);
  if (!wanted) return [];
  return vocabulary.entries
    .filter((entry) => namesOf(entry).some((name) => normalise(name) === wanted))
    .sort((a, b) => rank(a.type) - rank(b.type))
    .slice(0, max);
}

/** How many edits a query of this many letters may be from a name and still be taken for it. */
export function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  if (length <= 12) return 2;
  return 3;
}

/**
 * True when the query is the start of a name or of a word in a name ("cyb",
 * "metrol"): a partial word, not a typo.
 */
export function startsAName(query: string, vocabulary: Vocabulary): boolean {
  const wanted = normalise(query);
  if (wanted.length < 2) return true;
  return vocabulary.entries.some((entry) =>
    namesOf(entry).some(
      (name) =>
        normalise(name).startsWith(wanted) || name.split(/[\s\-/]+/).some((word) => normalise(word).startsWith(wanted)),
    ),
  );
}

/** Among names as close: the definition or page first, an entry's own name before its aliases, then the shorter. */
const preference = (entry: VocabularyEntry, term: string) =>
  rank(entry.type) * 1000 + (term === entry.name ? 0 : 500) + Math.min(term.length, 499);

/** A correction: the name the query most likely meant, and the entry it names. */
export interface Correction {
  term: string;
  entry: VocabularyEntry;
}

/**
 * The name a mistyped query most likely meant: the closest name within
 * allowedEdits (a swap of two letters counts as one edit); on a tie, by
 * preference. Undefined when the query
 * starts a name (it is one, or a partial word) or nothing is close.
 */
export function correctionFor(query: string, vocabulary: Vocabulary): Correction | undefined {
  const wanted = normalise(query);
  const limit = allowedEdits(wanted.length);
  if (limit === 0 || startsAName(query, vocabulary)) return undefined;
  let best: (Correction & { edits: number }) | undefined;
  for (const entry of vocabulary.entries) {
    for (const term of namesOf(entry)) {
      const candidate = normalise(term);
      if (Math.abs(candidate.length - wanted.length) > limit) continue;
      const edits = damerau(wanted, candidate).steps;
      if (edits > limit) continue;
      const better =
        !best ||
        (edits - best.edits ||
          // A name of the query's length (a letter wrong or swapped) before one with a letter more or less.
          Math.abs(candidate.length - wanted.length) - Math.abs(normalise(best.term).length - wanted.length) ||
          preference(entry, term) - preference(best.entry, best.term)) < 0;
      if (better) best = { term, entry, edits };
    }
  }
  return best && { term: best.term, entry: best.entry };
}
