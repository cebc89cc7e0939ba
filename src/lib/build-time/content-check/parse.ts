/**
 * Reads front matter and YAML data files the way Astro does (YAML 1.2 core
 * schema plus timestamps, as js-yaml reads them), keeping line numbers so
 * that problems can point at the line to fix.
 */
import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { Problem } from './problem';

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

function parseYaml(file: string, source: string, firstLine: number): ParsedSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { customTags: ['timestamp'], lineCounter, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    line: firstLine + lineCounter.linePos(error.pos[0]).line - 1,
    field: '(YAML)',
    message: yamlMessage(error.code, error.message),
  }));
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

function yamlMessage(code: string, message: string): string {
  const first = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same field or id appears twice — keep one';
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
  return parseYaml(file, source, 1);
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
