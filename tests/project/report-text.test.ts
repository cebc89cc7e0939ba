/**
 * The assembled D6.4 v1.0 is the report, word for word: every sentence and
 * list item of its executive summary and chapters 1–3, every cell of its
 * meeting tables, its headings, the rows of its document history, its
 * references and its abbreviations stand in the document as the report
 * prints them, in the report's order; its table of contents is the
 * report's; its citation markers are all there, in order. Compared with the
 * text of the report as delivered (tests/fixtures/d6-4-v1.txt, its e-mail
 * addresses removed), normalised only for case, quotation marks, dashes and
 * white space.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../support/site';
import { ROOT } from '../support/paths';
import { contentsLines, findInOrder, normalise, reportUnits, sentences } from '../support/report-text';
import { documentContents, documentText } from '../support/document-text';

const delivered = readFileSync(path.join(ROOT, 'tests/fixtures/d6-4-v1.txt'), 'utf8');
const units = reportUnits(delivered);
let html: string;

beforeAll(async () => {
  const site = await openSite('root');
  html = readFileSync(path.join(site.dir, 'reports/d6-4-v1/document/index.html'), 'utf8');
});

describe('the text of the report, cut into what a reader checks', () => {
  it('finds the parts of the report and their sentences', () => {
    const count = (part: string, kind?: string) =>
      units.filter((u) => u.part === part && (!kind || u.kind === kind)).length;
    // As the report prints them: 3 paragraphs of summary, 9 revisions, 18 references, 29 abbreviations.
    expect(count('summary')).toBe(6);
    expect(count('history')).toBe(10);
    expect(count('references')).toBe(18);
    expect(count('abbreviations')).toBe(29);
    expect(count('chapter', 'heading')).toBe(19);
    expect(count('chapter', 'item')).toBe(34);
    // A sentence split by a page break is one sentence.
    expect(units.some((u) => u.text.includes('that will embed real time smart metering in these networks.'))).toBe(
      true,
    );
    expect(sentences('It ends. Then (another) one [2]. 4 more.')).toEqual([
      'It ends.',
      'Then (another) one [2].',
      '4 more.',
    ]);
  });
});

describe('the assembled D6.4 v1.0', () => {
  it('holds every unit of the report in the report’s order', () => {
    const text = documentText(html);
    const found = findInOrder(units, text);
    const missing = units
      .filter((_, i) => found[i]! < 0)
      .map(
        (u) =>
          `${normalise(text).includes(normalise(u.text)) ? 'out of order' : 'missing'}: ${u.part} ${u.kind}: ${u.text}`,
      );
    expect(missing).toEqual([]);
    expect(units.length).toBeGreaterThan(240);
  });

  it('has the report’s table of contents, chapter numbers included', () => {
    expect(documentContents(html)).toEqual(contentsLines(delivered));
  });

  it('has every citation marker of chapters 1–3, in order', () => {
    const chapters = units
      .filter((u) => u.part === 'chapter')
      .map((u) => u.text)
      .join(' ');
    const markers = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
    const expected = markers(chapters);
    expect(expected.length).toBeGreaterThan(15);
    const text = documentText(html);
    // The markers of the text, up to the list of references (whose numbers are not markers).
    const body = text.slice(0, text.search(/\b4\. References/));
    expect(markers(body)).toEqual(expected);
  });

  it('publishes none of the report’s e-mail addresses', () => {
    expect(html).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
  });
});
