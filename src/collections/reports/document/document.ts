/**
 * What the assembled document of a report is made of, beyond the report's
 * own text: its contents list, its references in the report's numbering, its
 * list of abbreviations and its authors. Pure: it reads the graph.
 */
import type { SiteGraph } from '../../../lib/build-time/graph';
import type { ReportData } from '../schema';

export interface ContentsItem {
  depth: number;
  slug: string;
  text: string;
}

/** The id of a report section's heading in the document: "section-2.1". */
export const sectionSlug = (number: string): string => `section-${number}`;

/**
 * The document's table of contents: the headings of the report's text, with
 * its sections on standards bodies after the heading that introduces them
 * (`before`: how many headings of the text come before `<ReportSections />`),
 * then the progress section, the references and the abbreviations.
 */
export function documentContents(
  headings: readonly ContentsItem[],
  sections: ReportData['sections'],
  before: number,
  hasProgress: boolean,
): ContentsItem[] {
  const text = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return [
    ...text.slice(0, before),
    ...sections.map((s) => ({ depth: 3, slug: sectionSlug(s.number), text: `${s.number} ${s.title}` })),
    ...text.slice(before),
    ...(hasProgress ? [{ depth: 2, slug: 'progress', text: 'Progress since the previous version' }] : []),
    { depth: 2, slug: 'references', text: 'References' },
    { depth: 2, slug: 'abbreviations', text: 'List of abbreviations' },
  ];
}

/** How many headings (## or ###) of a report's MDX text come before `<ReportSections />`; all of them when it is absent. */
export function headingsBefore(body: string): number {
  const at = body.search(/<ReportSections\b/);
  const head = at === -1 ? body : body.slice(0, at);
  return head.match(/^#{2,3} /gm)?.length ?? 0;
}

/** The references, in the report's numbering. */
export function reportReferences(graph: SiteGraph) {
  return [...graph.references.values()].map((r) => r.data).sort((a, b) => a.number - b.number);
}

/** The abbreviations the report's own list has, in its alphabetical order. */
export function reportAbbreviations(graph: SiteGraph) {
  return [...graph.glossary.values()]
    .filter((g) => g.data.listed)
    .map((g) => ({ id: g.id, ...g.data }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** The partners whose sources name the report's Authors table, with the people named there. */
export function reportAuthors(graph: SiteGraph, reportId: string) {
  return [...graph.partners.values()]
    .filter((p) => (p.data.sources ?? []).some((s) => s.report.id === reportId && s.section === 'Authors'))
    .map((p) => ({ id: p.id, label: p.label, legalName: p.data.legalName ?? p.label, people: p.data.people }));
}
