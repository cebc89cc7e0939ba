/**
 * Reads front matter and YAML data files the way Astro does (YAML 1.2 core
 * schema plus timestamps, as js-yaml reads them), keeping line numbers so
 * that problems can point at the line to fix.
 */
import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { Problem } from './problem';
import { escapeRegExp } from '../../pure/regexp';
import { pastedCharacters } from './pasted';
import { valueStarts, yamlFields } from './value-starts';

export interface ParsedSource {
  /** The parsed YAML value; undefined when the source could not be read. */
  data: unknown;
  problems: Problem[];
  /** 1-based line of the value at `path` in the file; falls back to the nearest parent that exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** The text of the scalar at `path` exactly as written in the file. */
  sourceOf(path: readonly (string | number)[]): string | undefined;
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
