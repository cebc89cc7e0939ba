/**
 * The text of a report as delivered (a plain-text export of the document),
 * cut into the units a reader would check against the site's copy: headings,
 * sentences of paragraphs, list items, the cells of the meeting tables, the
 * rows of the document history, the references and the abbreviations.
 * Used by the project test that holds the assembled document to the report.
 */

/** One unit of the report, with the part of the report it is in. */
export interface ReportUnit {
  part: 'summary' | 'chapter' | 'history' | 'references' | 'abbreviations';
  kind: 'heading' | 'sentence' | 'item' | 'cell' | 'row';
  text: string;
}

/**
 * The form in which two texts are compared: case, quotation marks, dashes,
 * list bullets and white space aside; nothing else.
 */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‚‛`´]/g, "'")
      .replace(/[“”„‟«»]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      // The export writes a hyperlink's address between angle brackets: <http://…>.
      .replace(/<((?:https?:\/\/|www\.)[^>\s]+)>/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The sentences of a paragraph: split after . ! or ? before a capital, a digit or an opening bracket. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z0-9(“"'])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const HEADING = /^(\d+\.(?:\d+)?\.?)\s+\S/;
const CHAPTER_END = /^4\. References$/;

/** Paragraphs split by a page break mid-sentence ("…that will embed" / "real time …") joined again. */
function joinBroken(blocks: string[]): string[] {
  const joined: string[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && !/[.:!?)\]]$/.test(previous) && /^[a-z]/.test(block) && !previous.includes('\t'))
      joined[joined.length - 1] = `${previous} ${block}`;
    else joined.push(block);
  }
  return joined;
}

/** The cells of a meeting table's row: the meeting, each bullet of its contributions, the partner. */
function tableCells(line: string): string[] {
  return line
    .split('\t')
    .flatMap((cell) => cell.replace(/<[^>]+>/g, ' ').split('•'))
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** The units of a report's text, in the report's order. */
export function reportUnits(text: string): ReportUnit[] {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  const at = (pattern: RegExp, from = 0) =>
    lines.findIndex((line, index) => index >= from && pattern.test(line.trim()));
  const units: ReportUnit[] = [];

  // The executive summary: its paragraphs, up to the document history.
  const summary = at(/^Executive Summary$/);
  const history = at(/^Document History$/, summary);
  for (const block of joinBroken(lines.slice(summary + 1, history).filter((l) => l.trim())))
    for (const sentence of sentences(block.trim())) units.push({ part: 'summary', kind: 'sentence', text: sentence });

  // The document history: one row a revision.
  const authors = at(/^Authors$/, history);
  for (const line of lines.slice(history + 2, authors).filter((l) => l.includes('\t')))
    units.push({
      part: 'history',
      kind: 'row',
      text: line
        .split('\t')
        .map((c) => c.trim())
        .join(' '),
    });

  // Chapters 1 to 3: after the table of contents, the second "1. Introduction".
  const contents = at(/^Table of Contents$/, authors);
  const start = at(/^1\. Introduction$/, at(/^1\. Introduction/, contents) + 1);
  const end = at(CHAPTER_END, start);
  const blocks = joinBroken(
    lines
      .slice(start, end)
      .filter((l) => l.trim())
      .map((l) => l.trim()),
  );
  for (const block of blocks) {
    if (HEADING.test(block) && !block.includes('\t') && block.length < 80 && !/[.:]$/.test(block.replace(/^\d+\./, '')))
      units.push({ part: 'chapter', kind: 'heading', text: block });
    else if (block.startsWith('- ')) units.push({ part: 'chapter', kind: 'item', text: block.slice(2).trim() });
    else if (block.includes('\t')) {
      if (/^Meeting\tContribution\tPartner$/.test(block)) continue;
      for (const cell of tableCells(block)) units.push({ part: 'chapter', kind: 'cell', text: cell });
    } else for (const sentence of sentences(block)) units.push({ part: 'chapter', kind: 'sentence', text: sentence });
  }

  // The references and the abbreviations.
  const abbreviations = at(/^5\. List of Abbreviations$/, end);
  for (const line of lines.slice(end + 1, abbreviations)) {
    const reference = /^\s*-\s*(\[\d+\].*)$/.exec(line);
    if (reference?.[1]) units.push({ part: 'references', kind: 'row', text: reference[1].trim() });
  }
  for (const line of lines.slice(abbreviations + 1).filter((l) => l.includes('\t')))
    units.push({
      part: 'abbreviations',
      kind: 'row',
      text: line
        .split('\t')
        .map((c) => c.trim())
        .join(' '),
    });
  return units;
}

/** The entries of the report's table of contents, as printed, without their page numbers. */
export function contentsLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const start = lines.indexOf('Table of Contents');
  const end = lines.findIndex((line, index) => index > start && line === '1. Introduction');
  return lines
    .slice(start + 1, end)
    .filter(Boolean)
    .map((line) => line.replace(/\t\d+$/, '').trim());
}

/** Where each unit stands in `text` (normalised), searched in order; -1 for a unit not there or out of order. */
export function findInOrder(units: readonly ReportUnit[], text: string): number[] {
  const haystack = normalise(text);
  let cursor = 0;
  return units.map((unit) => {
    const at = haystack.indexOf(normalise(unit.text), cursor);
    if (at >= 0) cursor = at + normalise(unit.text).length;
    return at;
  });
}
