/**
 * The excerpt of a search result, from the page's own text. Pages end with a
 * hidden line of their other names (INDEX_ONLY_LABEL …) so that every
 * spelling finds them; that line must never be shown. Pagefind's excerpt is
 * rebuilt here from the words it matched before that line; when every match
 * is in it or in the title, the result shows the page's summary instead.
 * Pure: no DOM.
 */

/** Starts the hidden line of other names at the end of each page (src/layouts/Base.astro). */
export const INDEX_ONLY_LABEL = 'Also known as:';

/** The search weight of an entry's title (src/layouts/Entry.astro): a match there is not an excerpt, since results show the title. */
export const TITLE_WEIGHT = 10;

/** What Pagefind's result data gives to build an excerpt from. */
export interface MatchedText {
  /** The page's indexed text, with "<" and ">" escaped. */
  raw_content?: string;
  /** Word positions of every match. */
  locations?: number[];
  /** The same with their weights and scores. */
  weighted_locations?: { location: number; weight: number; balanced_score: number }[];
}

/** How Pagefind splits the indexed text into words: its locations count these. */
const words = (text: string) => text.split(/[^\S\uFEFF]+/);

/** The position of the first word of the hidden line of names, or the number of words when there is none. */
export function indexOnlyStart(list: readonly string[]): number {
  const label = words(INDEX_ONLY_LABEL);
  for (let i = list.length - label.length; i >= 0; i--) if (label.every((word, j) => list[i + j] === word)) return i;
  return list.length;
}

/**
 * About `length` words of the page's text around its best match, matched
 * words in <mark>, starting at the sentence when it starts a few words
 * before; undefined when nothing matched outside the hidden line of names.
 */
export function pageExcerpt(data: MatchedText, length = 24): string | undefined {
  if (!data.raw_content) return undefined;
  const list = words(data.raw_content);
  const end = indexOnlyStart(list);
  const hits = (data.weighted_locations ?? []).filter((l) => l.location < end && l.weight < TITLE_WEIGHT);
  if (!hits.length) return undefined;
  const best = hits.reduce((a, b) => (b.balanced_score > a.balanced_score ? b : a)).location;
  // Back to the start of its sentence, if that is near; otherwise a few words of context.
  let start = Math.max(0, best - 4);
  for (let i = best; i >= Math.max(0, best - 10); i--) {
    if (i === 0 || /[.!?:]$/.test(list[i - 1] ?? '')) {
      start = i;
      break;
    }
  }
  const stop = Math.min(end, start + length);
  const marked = new Set((data.locations ?? []).filter((l) => l < end));
  const text = list
    .slice(start, stop)
    .map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word))
    .join(' ');
  return `${start > 0 ? '… ' : ''}${text}${stop < end ? ' …' : ''}`;
}

/** Text for HTML: "&", "<" and ">" escaped. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first sentence of a text, shortened to about `max` characters at a word boundary. */
export function firstSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z“"(]|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}
