/** Values of YAML that would not be read as written: how each line of front matter opens, and which field it belongs to. */
import type { Problem } from './problem';

/** A value or list item, and the character it opens with. */
const VALUE_START = /^(\s*)(?:([\w-]+):|-)\s+(\S)(.*)$/;

const TYPOGRAPHIC_QUOTES = '“”‘’„«»';

/** What YAML makes of an unquoted value that opens with one of these. */
const SPECIAL_MEANING: Record<string, string> = {
  '&': 'the name of an anchor',
  '*': 'a reference to an anchor',
  '@': 'a reserved character',
  '`': 'a reserved character',
};

/**
 * Values that YAML would not read as written, line by line:
 * - quoted with typographic quotes (“…”) instead of straight ones: YAML takes
 *   the quotes as part of the text, and reads "#" after them as the start of
 *   a comment, so `title: “TC #9”` would publish the heading “TC;
 * - opening with `&`, `*`, `@` or a backtick, which YAML gives a meaning of its own.
 */
export function valueStarts(file: string, source: string, firstLine: number): Problem[] {
  let parent = '';
  return source.split('\n').flatMap((line, index) => {
    const top = /^([\w-]+):/.exec(line);
    if (top) parent = top[1] ?? '';
    const [, indent = '', key, char = '', rest = ''] = VALUE_START.exec(line) ?? [];
    let message: string;
    if (!char) return [];
    if (TYPOGRAPHIC_QUOTES.includes(char))
      message = `the value starts with a typographic quote (${char}) — use straight quotes (") instead: typographic ones are read as part of the text`;
    else if (SPECIAL_MEANING[char])
      message = `the value starts with "${char}", which YAML reads as ${SPECIAL_MEANING[char]} — put the text between quotes: ${key ? `${key}: ` : '- '}"${char}${rest.trim()}"`;
    else return [];
    // An indented field is named with the field or id it sits under: "ref-one, title", "contributions, text".
    const field = key ? (indent && parent ? `${parent}, ${key}` : key) : `${parent || '(list item)'}, item`;
    return [{ file, line: firstLine + index, field, message }];
  });
}

/** The field each line of YAML belongs to, as valueStarts names it: "place", "contributions, kind". */
export function yamlFields(source: string): (index: number) => string {
  let parent = '';
  const fields = source.split(/\r?\n/).map((line) => {
    const top = /^([\w-]+)\s*:/u.exec(line.replace(/[\u00A0\u2000-\u200B\u202F\uFEFF]/g, ' '));
    if (top) parent = top[1] ?? '';
    const key = /^\s+(?:- )?([\w-]+)\s*:/.exec(line)?.[1];
    return key && !top ? `${parent}, ${key}` : parent || '(front matter)';
  });
  return (index) => fields[index] ?? '(front matter)';
}
