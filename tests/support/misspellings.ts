/**
 * Misspellings generated from the built pages, as a visitor would make them:
 * words of the text a page gives search (`data-pagefind-body`, less what it
 * marks `data-pagefind-ignore`), read here from the HTML on their own, each
 * with one letter dropped, added, changed or two swapped, anywhere in the
 * word, the first letter included. Drawn with a fixed seed, so that every run
 * tries the same cases.
 */
import type { AnyNode } from 'domhandler';
import type { BuiltPage } from './html';
import { random, type Random } from '../../scripts/lib/random';

/** A word of a page: at least five characters, starting with a letter ("metrology", "oneM2M"). */
const WORD = /^\p{L}[\p{L}\p{N}]{4,}$/u;

/** The text of a node, with a space between elements so that a heading and the paragraph after it stay apart. */
function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  if (node.name === 'script' || node.name === 'style' || 'data-pagefind-ignore' in node.attribs) return ' ';
  return ` ${node.children.map(textOf).join('')} `;
}

/** The lower-case words of every page that gives search its text, by page address. */
export function indexedWords(pages: Iterable<BuiltPage>): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const page of pages) {
    const body = page.$('[data-pagefind-body]').get(0);
    if (!body) continue;
    const text = textOf(body).toLowerCase();
    words.set(page.url, new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)));
  }
  return words;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export type Edit = 'deletion' | 'insertion' | 'substitution' | 'swap';
const EDITS: Edit[] = ['deletion', 'insertion', 'substitution', 'swap'];

/** One edit of `word` at `at` (0 is the first letter). */
export function misspell(word: string, edit: Edit, at: number, letter: string): string {
  switch (edit) {
    case 'deletion':
      return word.slice(0, at) + word.slice(at + 1);
    case 'insertion':
      return word.slice(0, at) + letter + word.slice(at);
    case 'substitution':
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 'swap':
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  }
}

export interface Misspelling {
  /** The word as the page writes it, in lower case. */
  word: string;
  typed: string;
  edit: Edit;
  /** Where the edit falls: 0 is the first letter. */
  at: number;
  /** The address of the page the word was drawn from. */
  page: string;
}

/** One misspelling of `word` that is no word of the site (a swap of two equal letters, or another word, is none). */
function drawTypo(word: string, known: ReadonlySet<string>, rnd: Random) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const edit = rnd.pick(EDITS);
    const at = rnd.int(edit === 'swap' ? word.length - 1 : edit === 'insertion' ? word.length + 1 : word.length);
    const typed = misspell(word, edit, at, rnd.pick([...LETTERS]));
    if (typed !== word && !known.has(typed)) return { typed, edit, at };
  }
  return undefined;
}

/**
 * `count` misspellings of distinct words drawn at random (seed `seed`) from
 * the words of the pages that no more than `within` pages hold, so that the
 * word spelt right can bring its page among the first `within` results.
 */
export function drawMisspellings(
  words: ReadonlyMap<string, ReadonlySet<string>>,
  count: number,
  { seed, within }: { seed: number; within: number },
): Misspelling[] {
  const holders = new Map<string, string[]>();
  for (const [page, set] of words)
    for (const word of set) if (WORD.test(word)) holders.set(word, [...(holders.get(word) ?? []), page]);
  const known = new Set([...words.values()].flatMap((set) => [...set]));
  const candidates = [...holders].filter(([, pages]) => pages.length <= within).sort(([a], [b]) => (a < b ? -1 : 1));
  const rnd = random(seed);
  const drawn: Misspelling[] = [];
  while (drawn.length < count && candidates.length) {
    const [word, pages] = candidates.splice(rnd.int(candidates.length), 1)[0]!;
    const typo = drawTypo(word, known, rnd);
    if (typo) drawn.push({ word, ...typo, page: rnd.pick(pages) });
  }
  return drawn;
}
