/**
 * What the assembled document of a report is made of, beyond the report's
 * own text: its contents list, its references in the report's numbering, its
 * list of abbreviations and its authors. Pure: it reads the graph.
 */
import type { SiteGraph } from '../../../lib/collection-api/graph';
import type { ReportData } from '../schema';

export interface ContentsItem {
  depth: number;
  slug: string;
  text: string;
}

/** The id of a report section's heading in the document: "section-2.1". */
export const sectionSlug = (number: string): string => `section-${number}`;

/** Where a report's text puts its front pages and its sections: how many of its headings (## or ###) come before each. */
export interface Markers {
  /** Headings before `<ReportFrontPages />` (the executive summary's), left out of the contents; absent: no marker. */
  front?: number;
  /** Headings before `<ReportSections />`; all of them when it is absent. */
  sections: number;
}

/** How many headings (## or ###) of a report's MDX text come before each marker. */
export function markers(body: string): Markers {
  const before = (pattern: RegExp) => {
    const at = body.search(pattern);
    return (at === -1 ? body : body.slice(0, at)).match(/^#{2,3} /gm)?.length ?? 0;
  };
  return {
    front: /<ReportFrontPages\b/.test(body) ? before(/<ReportFrontPages\b/) : undefined,
    sections: before(/<ReportSections\b/),
  };
}

/** The number of the last chapter a heading gives ("3. General considerations …" → 3); 0 when none is numbered. */
export function lastChapter(headings: readonly ContentsItem[]): number {
  return Math.max(0, ...headings.filter((h) => h.depth === 2).map((h) => Number(/^(\d+)\./.exec(h.text)?.[1] ?? 0)));
}

/**
 * The headings of the chapters the document adds after the report's text:
 * numbered on from its last chapter when its chapters are numbered.
 */
export function closingChapters(headings: readonly ContentsItem[]): { references: string; abbreviations: string } {
  const last = lastChapter(headings);
  return last
    ? { references: `${last + 1}. References`, abbreviations: `${last + 2}. List of Abbreviations` }
    : { references: 'References', abbreviations: 'List of Abbreviations' };
}

/**
 * The document's table of contents, as the report prints it: the headings of
 * its text after the front pages, with its sections on standards bodies after
 * the heading that introduces them, then the references and the
 * abbreviations (and, in a later version, the site's progress section).
 */
export function documentContents(
  headings: readonly ContentsItem[],
  sections: ReportData['sections'],
  at: Markers,
  hasProgress: boolean,
): ContentsItem[] {
  const text = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const closing = closingChapters(text);
  const front = at.front ?? 0;
  return [
    ...text.slice(front, at.sections),
    ...sections.map((s) => ({ depth: 3, slug: sectionSlug(s.number), text: `${s.number} ${s.title}` })),
    ...text.slice(Math.max(front, at.sections)),
    ...(hasProgress ? [{ depth: 2, slug: 'progress', text: 'Progress since the previous version' }] : []),
    { depth: 2, slug: 'references', text: closing.references },
    { depth: 2, slug: 'abbreviations', text: closing.abbreviations },
  ];
}

/** The references, in the report's numbering. */
export function reportReferences(graph: SiteGraph) {
  return [...graph.references.values()].map((r) => r.data).sort((a, b) => a.number - b.number);
}

/** The abbreviations of the report's own list, in its order. */
export function reportAbbreviations(graph: SiteGraph, reportId: string) {
  const report = graph.reports.get(reportId);
  return (report?.data.abbreviations ?? []).flatMap(({ id }) => {
    const entry = graph.glossary.get(id);
    return entry ? [{ id, ...entry.data }] : [];
  });
}

/**
 * The partners of the report's Authors table, in its order, each as the table
 * prints it ("P3 COMMUNICATIONS GMBH (P3C)", or the words its source gives)
 * with its people. Without `authors`, the partners whose sources name the
 * table.
 */
export function reportAuthors(graph: SiteGraph, reportId: string) {
  const report = graph.reports.get(reportId);
  const named = (report?.data.authors ?? []).map((p) => p.id);
  const ids = named.length
    ? named
    : [...graph.partners.values()]
        .filter((p) => (p.data.sources ?? []).some((s) => s.report.id === reportId && s.section === 'Authors'))
        .map((p) => p.id);
  return ids.flatMap((id) => {
    const p = graph.partners.get(id);
    if (!p) return [];
    const source = (p.data.sources ?? []).find((s) => s.report.id === reportId && s.section === 'Authors');
    const printed = source?.as ?? (p.data.legalName ? `${p.data.legalName} (${p.label})` : p.label);
    return [{ id: p.id, label: p.label, printed, people: p.data.people }];
  });
}
