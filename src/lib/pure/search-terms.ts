/**
 * Extra words for the search index, so that visitors find a page however
 * they write its name: acronym variants ("TC 215", "TC215", "TC-215") and,
 * through the glossary, an abbreviation's expansion and the other way round
 * ("PMU" and "Phasor Measurement Unit").
 */
import { escapeRegExp } from './regexp';

/**
 * The ways people write a name made of letters and digits: with a space, a
 * hyphen or nothing between its parts. "TC 215" → ["TC 215", "TC215",
 * "TC-215"]; "SA6" → ["SA6", "SA 6", "SA-6"]. Names without a number give
 * only themselves.
 */
export function acronymVariants(name: string): string[] {
  const trimmed = name.trim();
  const words = trimmed.split(/[\s-]+/).filter(Boolean);
  // A single word splits only when it is letters followed by a number: "SA6", "TC215".
  const parts = words.length === 1 ? (/^([A-Za-z]{1,6})(\d{1,4})$/.exec(trimmed)?.slice(1) ?? words) : words;
  // Only designations with a number vary this way ("TC 215", "CIGRE B5"); words stay as they are.
  const designation =
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every((part) => /^[A-Za-z0-9]+$/.test(part)) &&
    parts.some((part) => /\d/.test(part));
  if (!designation) return [trimmed];
  return [...new Set([trimmed, parts.join(' '), parts.join(''), parts.join('-')])];
}

export interface GlossaryTerm {
  term: string;
  expansion: string;
}

/** Each phrase's pattern, compiled once: every page is searched for every glossary term. */
const patterns = new Map<string, RegExp>();

/** True when `text` contains `phrase` as whole words (case-insensitive for phrases, exact case for short acronyms). */
function mentions(text: string, phrase: string): boolean {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const caseSensitive = phrase.length <= 4 && phrase === phrase.toUpperCase();
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
    patterns.set(phrase, pattern);
  }
  return pattern.test(text);
}

/**
 * For every glossary entry the text mentions, by abbreviation or by
 * expansion, the form it does not mention: the words that let a search for
 * either form find the page.
 */
export function glossarySynonyms(text: string, glossary: readonly GlossaryTerm[]): string[] {
  const extra = new Set<string>();
  for (const { term, expansion } of glossary) {
    const hasTerm = mentions(text, term);
    const hasExpansion = mentions(text, expansion);
    if (hasTerm && !hasExpansion) extra.add(expansion);
    if (hasExpansion && !hasTerm) extra.add(term);
  }
  return [...extra];
}

/** Text without its accents: "Réseaux" → "Reseaux". */
export const foldAccents = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A name or query reduced for comparison: case, accents, spaces, hyphens,
 * dots and slashes do not count, so "TC-215", "tc 215" and "TC215" are equal.
 */
export function normaliseName(value: string): string {
  return foldAccents(value)
    .toLowerCase()
    .replace(/[\s\-_.·/]+/g, '');
}
