/**
 * The injection fixtures (tests/fixtures/injection/cases.yaml): ways to hide
 * code in a page's text, each made into a page of its own whose code, if it
 * ran, would print a canary ("RAN-7") that its text never holds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';

interface CaseSource {
  name: string;
  text: string;
  files?: Record<string, string>;
  expect: string[];
  absent?: string;
}

export interface InjectionCase {
  name: string;
  /** Its number, in its page's title: "Injection 7". */
  n: number;
  /** The page's text, with its code in place. */
  text: string;
  /** What the code prints if it runs. */
  canary: string;
  /** The page's file, and the files beside it. */
  file: string;
  files: Record<string, string>;
  /** The content check's problems on the page: the line within the text, and how the message begins. */
  expect: { line: number; message: string }[];
  /** A CSS selector that must match nothing on the page, for code that would run in a browser. */
  absent?: string;
}

/** The line of the page's file where its text begins (after the front matter below). */
export const TEXT_LINE = 6;

/** The page's file: a topic whose text is the case's. */
export const pageSource = (c: InjectionCase) =>
  `---\nname: "Injection ${c.n}"\nsummary: "A page with code hidden in its text."\n---\n\n${c.text}\n`;

const withCode = (text: string, n: number) =>
  text
    .replaceAll('RUN', `globalThis.console.log(['RAN', ${n}].join('-'))`)
    .replaceAll('SCRIPT', `console.log(['RAN', ${n}].join('-'))`)
    .replaceAll('NUMBER', String(n));

export const injectionCases: InjectionCase[] = (
  parse(readFileSync(path.join(ROOT, 'tests/fixtures/injection/cases.yaml'), 'utf8')) as CaseSource[]
).map((c, i) => {
  const n = i + 1;
  const folder = 'content/topics';
  return {
    name: c.name,
    n,
    text: withCode(c.text, n),
    canary: `RAN-${n}`,
    file: `${folder}/injection-${n}.mdx`,
    files: Object.fromEntries(Object.entries(c.files ?? {}).map(([name, s]) => [`${folder}/${name}`, withCode(s, n)])),
    expect: c.expect.map((line) => {
      const [, at = '', message = ''] = /^(\d+) (.*)$/.exec(line) ?? [];
      return { line: Number(at), message };
    }),
    absent: c.absent,
  };
});

/** The project changes that add every case's page and files. */
export const injectionChanges = (): Record<string, string> =>
  Object.assign({}, ...injectionCases.map((c) => ({ [c.file]: pageSource(c), ...c.files })));

/** True when `output` holds the canary of any case: some code ran. */
export const ranIn = (output: string) => injectionCases.filter((c) => new RegExp(`\\b${c.canary}\\b`).test(output));
