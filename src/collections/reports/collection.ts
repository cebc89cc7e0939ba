/** Reports: the versions of the project's report on standardisation, each with its abstract, history and sections. */
import type { Definition } from '../../lib/collection-api/define';
import { REPORT_RULES } from './rules';
import { reportSchema, type ReportData } from './schema';
import { labelsOf, nodeIn } from '../../lib/collection-api/graph';
import type { Node } from '../../lib/collection-api/graph';
import { uniqueDefined } from '../../lib/pure/lists';
import { compact } from '../../lib/pure/compact';

export interface ReportNode extends Node<ReportData> {
  /** Versions that supersede this one. */
  later: string[];
}

/** "D6.4 v1.0": a report as lists and links name it. */
export const reportLabel = (data: Pick<ReportData, 'number' | 'version'>) => `${data.number} v${data.version}`;

const reports: Definition<typeof reportSchema, ReportNode, 'pages'> = {
  type: 'pages',
  noun: 'report',
  plural: 'reports',
  title: 'Reports',
  blurb: 'The project’s reports on standardisation, each version with its abstract and history.',
  path: 'reports',
  searchType: 'Report',
  schema: reportSchema,
  routes: [{ pattern: '/reports/[id]/document', entrypoint: new URL('./routes/document.astro', import.meta.url) }],
  rules: REPORT_RULES,

  build: (entries, { links }) =>
    entries.map((r) => ({
      ...r,
      label: reportLabel(r.data),
      later: links.from({ collection: 'reports', id: r.id }, 'reports', 'supersedes'),
    })),

  names: (r) => ({ names: [r.label, r.data.number, r.data.title], expansion: r.data.title }),

  search: (r, graph) => ({
    filters: {
      year: r.data.deliveryDate.slice(0, 4),
      partner: uniqueDefined(
        labelsOf(
          graph,
          'partners',
          r.data.contributors.map((p) => p.id),
        ),
      ),
    },
    meta: { version: r.label },
  }),

  head: (r) => ({
    title: `${r.data.number} ${r.data.title}`,
    description: r.data.abstract,
    kicker: `Deliverable ${r.data.number} · version ${r.data.version}`,
    subtitle: r.data.title,
  }),

  jsonLd: (r, { graph, page, site }) =>
    compact({
      '@type': 'Report',
      name: `${r.data.number} ${r.data.title}`,
      reportNumber: r.data.number,
      version: r.data.version,
      abstract: r.data.abstract,
      keywords: r.data.keywords.join(', '),
      datePublished: r.data.deliveryDate,
      url: page({ collection: 'reports', id: r.id }),
      author: r.data.contributors.map((p) => {
        const partner = nodeIn(graph, 'partners', p.id);
        return { '@type': 'Organization', name: partner.data.legalName ?? partner.data.name, url: page(p) };
      }),
      funder: { '@type': 'Organization', name: site.funding.funder },
      funding: { '@type': 'Grant', identifier: site.funding.grantAgreement, name: site.funding.programme },
    }),
};

export default reports;
