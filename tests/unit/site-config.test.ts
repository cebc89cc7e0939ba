import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSiteConfig, lineInObject } from '../../src/lib/build-time/content-check/check-site-config';
import { formatProblem } from '../../src/lib/build-time/content-check/problem';
import { site } from '../../src/site.config';

// The project's own configuration, as the content check reads it: its text (for lines) and its value.
const file = 'src/site.config.ts';
const source = readFileSync(file, 'utf8');
const reports = ['d6-4-v1'];
const pictures = new Set(['og-image.png', 'eu-emblem.svg']);
// The report's words, from its text as delivered: whether a paragraph of the configuration is among them.
const delivered = readFileSync('tests/fixtures/d6-4-v1.txt', 'utf8').replace(/\s+/g, ' ');
const context = {
  reports,
  publicFile: (name: string) => pictures.has(name),
  quotes: (report: string, words: string) => report === 'd6-4-v1' && delivered.includes(words),
};

/** The configuration with one change made both to its value and to its text, as a partner would make it. */
function edited(change: (config: Record<string, unknown>) => void, text: [RegExp, string]) {
  const config = structuredClone(site) as unknown as Record<string, unknown>;
  change(config);
  const changed = source.replace(text[0], text[1]);
  expect(changed, 'the edit applies to the file').not.toBe(source);
  return checkSiteConfig({ file, source: changed, config }, context).map(formatProblem);
}

const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1;

describe('the site configuration check', () => {
  it('accepts the project’s own configuration', () => {
    expect(checkSiteConfig({ file, source, config: site }, context)).toEqual([]);
  });

  it('names a report id that does not exist, at its line, with the nearest id', () => {
    const problems = edited(
      (c) => (c.currentReport = 'd6-4-v2'),
      [/currentReport: 'd6-4-v1'/, "currentReport: 'd6-4-v2'"],
    );
    expect(problems).toEqual([
      `${file}:${lineOf(source, /^\s*currentReport:/)} — currentReport — there is no report "d6-4-v2" — did you mean "d6-4-v1"? — expected the id of one of the reports: d6-4-v1`,
    ]);
  });

  it('names a misspelt field with what was probably meant', () => {
    const problems = edited(
      (c) => {
        c.curentReport = c.currentReport;
        delete c.currentReport;
      },
      [/currentReport:/, 'curentReport:'],
    );
    const line = lineOf(source, /^\s*currentReport:/);
    const misspelt = problems.find((p) => p.includes('unknown field'));
    expect(misspelt).toMatch(
      new RegExp(
        `^src/site\\.config\\.ts:${line} — curentReport — unknown field "curentReport" — did you mean "currentReport"\\? — allowed fields here: .*\\bcurrentReport\\b`,
      ),
    );
    expect(problems.some((p) => p.includes('— currentReport — this required field is missing'))).toBe(true);
  });

  it('names a picture missing from the public folder', () => {
    const problems = edited(
      (c) => (c.shareImage = 'og-imag.png'),
      [/shareImage: 'og-image.png'/, "shareImage: 'og-imag.png'"],
    );
    expect(problems).toEqual([
      `${file}:${lineOf(source, /^\s*shareImage:/)} — shareImage — the public folder has no file "og-imag.png" — add it there, or correct the name`,
    ]);
  });

  it('names a paragraph said to be the report’s words that is not', () => {
    const intro = (site.intro as string[]).map((p, i) =>
      i === 0 ? p.replace('the improved security', 'better security') : p,
    );
    const problems = edited((c) => (c.intro = intro), [/the improved security/, 'better security']);
    expect(problems).toEqual([
      `${file}:${lineOf(source, /^\s*intro:/)} — intro, item 1 — these words are not in the text of report "d6-4-v1" — copy one of its paragraphs exactly (… for words left out), or leave out wordsFrom if they are the site's own`,
    ]);
  });

  it('says what a nested field expects', () => {
    const problems = edited(
      (c) => ((c.funding as Record<string, unknown>).acknowledgement = ' '),
      [/acknowledgement:\s*\n\s*"[^"]*",/, "acknowledgement: ' ',"],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/site\.config\.ts:\d+ — funding, acknowledgement — .*is empty — write the text/);
    expect(parseInt(problems[0]!.split(':')[1]!, 10)).toBe(lineOf(source, /^\s*acknowledgement:/));
  });
});

describe('lineInObject', () => {
  const text = ['export const site = {', "  name: 'x',", '  funding: {', "    name: 'y',", '  },', '};'].join('\n');
  it('finds a nested key after its parent, and the parent when the key is not written', () => {
    expect(lineInObject(text, ['name'])).toBe(2);
    expect(lineInObject(text, ['funding', 'name'])).toBe(4);
    expect(lineInObject(text, ['funding', 'emblem'])).toBe(3);
  });
});
