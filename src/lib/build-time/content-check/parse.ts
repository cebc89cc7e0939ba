/**
 * Reads front matter and YAML data files the way Astro does (YAML 1.2 core
 * schema plus timestamps, as js-yaml reads them), keeping line numbers so
 * that problems can point at the line to fix.
 */
import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { Problem } from './problem';
import { escapeRegExp } from '../../pure/regexp';

export interface ParsedSource {
  /** The parsed YAML value; undefined when the source could not be read. */
  data: unknown;
  problems: Problem[];
  /** 1-based line of the value at `path` in the file; falls back to the nearest parent that exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** The text of the scalar at `path` exactly as written in the file. */
  sourceOf(path: readonly (string | number)[]): string | undefined;
}

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
function valueStarts(file: string, source: string, firstLine: number): Problem[] {
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

/** The field each line of YAML belongs to, as valueStarts names it: "place", "contributions, kind". */
function yamlFields(source: string): (index: number) => string {
  let parent = '';
  const fields = source.split(/\r?\n/).map((line) => {
    const top = /^([\w-]+)\s*:/u.exec(line.replace(/[\u00A0\u2000-\u200B\u202F\uFEFF]/g, ' '));
    if (top) parent = top[1] ?? '';
    const key = /^\s+(?:- )?([\w-]+)\s*:/.exec(line)?.[1];
    return key && !top ? `${parent}, ${key}` : parent || '(front matter)';
  });
  return (index) => fields[index] ?? '(front matter)';
}

function parseYaml(file: string, source: string, firstLine: number, dataFile = false): ParsedSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { customTags: ['timestamp'], lineCounter, prettyErrors: false });
  const pasted = pastedCharacters(file, source, firstLine, { frontMatter: true, field: yamlFields(source) });
  const pastedLines = new Set(pasted.map((p) => p.line));
  const problems: Problem[] = [
    ...pasted,
    ...doc.errors
      .map((error) => {
        const line = firstLine + lineCounter.linePos(error.pos[0]).line - 1;
        return {
          file,
          line,
          field: '(YAML)',
          message: yamlMessage(error.code, error.message, { source, at: error.pos[0], firstLine, dataFile }),
        };
      })
      // A pasted character is the cause of what YAML makes of its line.
      .filter((problem) => !pastedLines.has(problem.line)),
  ];
  // Reported in place of what the schema would say of the text ("not a real calendar date", "found nothing").
  problems.push(...valueStarts(file, source, firstLine));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Whatever YAML cannot turn into data (an alias to no anchor …) is a problem of the file, never a crash.
      problems.push({
        file,
        line: firstLine,
        field: '(YAML)',
        message: `the YAML cannot be read (${(error as Error).message})`,
      });
    }
  }
  const nodeAt = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return node;
    }
    return undefined;
  };
  return {
    data: problems.length ? undefined : data,
    problems,
    lineOf(path) {
      const node = nodeAt(path);
      if (!node?.range) return firstLine;
      return firstLine + lineCounter.linePos(node.range[0]).line - 1;
    },
    sourceOf(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
  };
}

function yamlMessage(
  code: string,
  message: string,
  { source, at, firstLine, dataFile }: { source: string; at: number; firstLine: number; dataFile: boolean },
): string {
  const first = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY': {
      // The key written a second time starts where the error points; its first line is the first that holds it.
      const key = /^\s*(?:- )?([^:\n]+?)\s*:/.exec(source.slice(source.lastIndexOf('\n', at - 1) + 1))?.[1];
      if (!key) return 'the same field or id appears twice — keep one';
      const pattern = new RegExp(`^\\s*(?:- )?${escapeRegExp(key)}\\s*:`);
      const first = source.split('\n').findIndex((line) => pattern.test(line));
      // An id of a data file stands at the start of its line; a field may be anywhere.
      const what = dataFile && !/^\s/.test(source.slice(source.lastIndexOf('\n', at - 1) + 1)) ? 'id' : 'field';
      return `the ${what} "${key}" is written twice${first >= 0 ? ` (first on line ${first + firstLine})` : ''} — keep one of them`;
    }
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation — indent with spaces';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `the YAML cannot be read here (${first}) — check the indentation, and put text containing ":" or "#" between quotes`;
    default:
      return `the YAML cannot be read here (${first})`;
  }
}

/** A source that could not be read: no data, one problem about the file as a whole. */
function unreadable(file: string, message: string, line?: number): ParsedSource {
  return {
    data: undefined,
    problems: [{ file, line, field: '(file)', message }],
    lineOf: () => undefined,
    sourceOf: () => undefined,
  };
}

/** A YAML data file (glossary, references …). */
export function parseDataFile(file: string, source: string): ParsedSource {
  if (source.trim() === '') return unreadable(file, 'the file is empty — it must hold one entry per id');
  return parseYaml(file, source, 1, true);
}

const FENCE = /^---[ \t]*$/;

/** The front matter of an MDX page, and the line where its text starts. */
export function parsePageFile(file: string, source: string): ParsedSource & { textLine: number; text: string } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (source.trim() === '') {
    const message = 'the file is empty — it needs front matter between two "---" lines, then the page text';
    return { ...unreadable(file, message), textLine: 1, text: '' };
  }
  if (!FENCE.test(lines[0] ?? '')) {
    const message = 'the file does not start with front matter — its first line must be "---"';
    return { ...unreadable(file, message, 1), textLine: 1, text: source };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    const message = 'the front matter is not closed — add a line "---" after the last field';
    return { ...unreadable(file, message, 1), textLine: 1, text: '' };
  }
  const yaml = lines.slice(1, close).join('\n');
  const parsed = parseYaml(file, yaml, 2);
  if (parsed.problems.length === 0 && (parsed.data === null || parsed.data === undefined)) {
    parsed.problems.push({
      file,
      line: 1,
      field: '(front matter)',
      message: 'the front matter is empty — fill in the required fields',
    });
  } else if (parsed.problems.length === 0 && (typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
    parsed.problems.push({
      file,
      line: 2,
      field: '(front matter)',
      message: 'the front matter must be a list of "field: value" lines',
    });
  }
  return { ...parsed, textLine: close + 2, text: lines.slice(close + 1).join('\n') };
}
