/** Characters that come with text pasted from a word processor, a PDF or a web page, found line by line and named. */
import type { Problem } from './problem';

/** Characters that come with text pasted from a word processor or a PDF and that the page would not show as meant. */
const PASTED: { pattern: RegExp; what: (char: string) => string; fix: string; frontMatterOnly?: boolean }[] = [
  {
    pattern: /\uFFFD/,
    what: () => 'a character that could not be read (�)',
    fix: 'a letter was lost when the file was saved, or the text pasted, in another encoding than UTF-8: type the letter again and save the file as UTF-8',
  },
  {
    pattern: /\u200B|\u200C|\u200D|\u2060|\uFEFF/,
    what: (c) => `an invisible character (${CHARACTER_NAMES[c] ?? 'zero-width'}, U+${code(c)})`,
    fix: 'delete it (it comes with text pasted from a word processor or a web page)',
  },
  {
    pattern: /\u00AD/,
    what: () => 'an invisible soft hyphen (U+00AD)',
    fix: 'delete it (it comes with text pasted from a PDF or a word processor): search would not find the word',
  },
  {
    pattern: /[\uFB00-\uFB06]/,
    what: (c) => `the ligature "${c}" (pasted from a PDF)`,
    fix: 'type its letters instead: search would not find the word',
  },
  {
    pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/,
    what: (c) => `${article(CHARACTER_NAMES[c] ?? 'special space')} (U+${code(c)})`,
    fix: 'type a plain space: YAML reads it as part of the value or the field name',
    frontMatterOnly: true,
  },
  {
    // In a date ("2016–09–13"), not in a range of years in a sentence.
    pattern: /(?<=:\s*["']?\d{4})[\u2010-\u2015\u2212](?=\d{2}(?:[-\u2010-\u2015\u2212]\d{2})?["']?\s*$)/,
    what: (c) => `${article(CHARACTER_NAMES[c] ?? 'dash')} (${c}, U+${code(c)})`,
    fix: 'a date is written with hyphens (-): type one instead',
    frontMatterOnly: true,
  },
];

const code = (char: string) => (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

const CHARACTER_NAMES: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space',
  '\u00A0': 'non-breaking space',
  '\u202F': 'narrow non-breaking space',
  '\u3000': 'ideographic space',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2015': 'horizontal bar',
  '\u2212': 'minus sign',
};

const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Quotes and punctuation around a word, which the message leaves out. */
const trimWord = (word: string) => word.replace(/^["'“”‘’(]+|["'“”‘’),;.:]+$/g, '').slice(0, 40);

/** Where the character is, so that it can be found: "in "org-wg-2"", "after "place:"". */
function whereIn(line: string, index: number): string {
  const before = line.slice(0, index).split(/[ \t]/).at(-1) ?? '';
  if (SPACE.test(line[index] ?? '')) return before ? ` after "${before.slice(-40)}"` : ' at the start of the line';
  const after = line.slice(index + 1).split(/[ \t]/)[0] ?? '';
  const word = trimWord(`${before}${line[index]}${after}`.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''));
  return word ? ` in "${word}"` : '';
}

/** "an en dash", "a non-breaking space". */
const article = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;

/**
 * Characters pasted with text from a word processor, a PDF or a web page
 * that the page would not show as meant (see PASTED), line by line from
 * `firstLine`: each named, with the word it is in and what to do.
 */
export function pastedCharacters(
  file: string,
  source: string,
  firstLine: number,
  where: { frontMatter: boolean; field?: (index: number) => string },
): Problem[] {
  const problems: Problem[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    for (const { pattern, what, fix, frontMatterOnly } of PASTED) {
      if (frontMatterOnly && !where.frontMatter) continue;
      const match = pattern.exec(line);
      if (!match) continue;
      problems.push({
        file,
        line: firstLine + index,
        field: where.field?.(index) ?? '(page text)',
        message: `${what(match[0])}${whereIn(line, match.index)} — ${fix}`,
      });
    }
  });
  return problems;
}
