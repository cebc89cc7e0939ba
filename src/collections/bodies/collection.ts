/**
 * Bodies: standards organisations, their committees and working groups, and
 * associations — each with its place in the tree of organisations, where the
 * project stands with it, and everything the rest of the content says of it.
 */
import type { Definition } from '../../lib/collection-api/define';
import { BODY_RULES } from './rules';
import { bodySchema } from './schema';
import { buildBodies, organisationOf, type BodyNode } from './graph';
import { statusLabel, statusTable } from './status';
import { bodyForm } from './issue-form';
import { labelsOf, nodeIn } from '../../lib/collection-api/graph';
import { uniqueDefined } from '../../lib/pure/lists';
import { compact } from '../../lib/pure/compact';
import { answer, toWrite } from '../../lib/pure/scaffold';
import { slugify } from '../../lib/pure/slug';
import { timeline } from '../meetings/graph';

const bodies: Definition<typeof bodySchema, BodyNode, 'pages'> = {
  type: 'pages',
  noun: 'body',
  plural: 'bodies',
  title: 'Standards bodies',
  blurb:
    'The organisations, committees, working groups and associations the reports treat as places to engage, grouped by organisation, with where the project stands with each; bodies they only abbreviate or mention in passing are in the glossary.',
  path: 'bodies',
  searchType: 'Body',
  nav: { order: 1, label: 'Bodies' },
  // A body's feed and calendar hold its groups' meetings too.
  follow(b, graph) {
    const ids = new Set([b.id, ...b.descendants].flatMap((id) => nodeIn(graph, 'bodies', id).meetings));
    return timeline(graph).filter((m) => ids.has(m));
  },
  paged: true,
  schema: bodySchema,
  claims: ['kind', 'partners'],
  rules: BODY_RULES,
  docs: { statuses: statusTable },
  issueForm: bodyForm,
  routes: [
    {
      pattern: '/engagement',
      entrypoint: new URL('./routes/engagement.astro', import.meta.url),
      label: 'Engagement at a glance',
    },
    { pattern: '/engagement/page/[page]', entrypoint: new URL('./routes/engagement-page.astro', import.meta.url) },
  ],
  figures: (graph) => [{ value: graph.bodies.size, label: 'standards bodies' }],
  build: buildBodies,

  names: (b) => ({ names: [b.label, b.data.acronym, b.data.name, ...b.data.aliases], expansion: b.data.name }),

  search(b, graph) {
    const organisation = organisationOf(graph, b.id);
    const status = statusLabel(b.status?.status);
    return {
      filters: {
        organisation,
        topic: uniqueDefined(
          labelsOf(
            graph,
            'topics',
            b.data.topics.map((t) => t.id),
          ),
        ),
        partner: uniqueDefined(labelsOf(graph, 'partners', b.partners)),
        status,
      },
      meta: { organisation: organisation === b.label ? undefined : organisation, status },
    };
  },

  head: (b, { graph, text, href }) => ({
    description: b.data.summary,
    subtitle: b.data.name !== b.label && b.data.name !== b.data.acronym ? b.data.name : undefined,
    // The lede repeats the summary unless the page text already opens with it.
    lede: text.includes(b.data.summary.slice(0, 80)) ? undefined : b.data.summary,
    aliases: b.data.aliases,
    trail: b.ancestors.map((id) => ({
      label: nodeIn(graph, 'bodies', id).label,
      href: href({ collection: 'bodies', id }),
    })),
  }),

  jsonLd(b, { graph, page: pageOf }) {
    const parent = b.data.parent ? graph.bodies.get(b.data.parent.id) : undefined;
    const page = (id: string) => pageOf({ collection: 'bodies', id });
    return compact({
      '@type': 'Organization',
      '@id': page(b.id),
      name: b.data.name,
      alternateName: b.data.acronym ? [b.label, b.data.acronym, ...b.data.aliases] : b.data.aliases,
      description: b.data.summary,
      url: page(b.id),
      sameAs: b.data.website,
      parentOrganization: parent
        ? { '@type': 'Organization', name: parent.data.name, url: page(parent.id) }
        : undefined,
      subOrganization: b.children.map((child) => ({
        '@type': 'Organization',
        name: nodeIn(graph, 'bodies', child).data.name,
        url: page(child),
      })),
    });
  },

  csv: {
    columns: [
      'name',
      'acronym',
      'kind',
      'parent',
      'status',
      'assessed',
      'statusReport',
      'partners',
      'topics',
      'website',
      'fromElsewhere',
    ],
    rows: (graph) =>
      [...graph.bodies.values()].map((b) => ({
        ...b.data,
        id: b.id,
        status: b.status?.status,
        assessed: b.status?.assessed,
        statusReport: b.status?.report.id,
        partners: b.partners,
      })),
    omit: {
      aliases: 'other spellings, for search: in bodies.json',
      summary: "prose, in bodies.json and on the body's page",
      scope: 'quotations of its areas of activity: in bodies.json',
      relevance: 'quotations for each result: in bodies.json, and by result on /engagement/',
      engagement: 'the latest assessment is in status, assessed and statusReport; every one is in bodies.json',
      planned: 'lines of prose: in bodies.json',
      citations: 'reference numbers: in bodies.json',
      sources: 'the report sections that state it, a list of pairs: in bodies.json',
      basis: 'the quotations its claims rest on: in bodies.json',
      ambiguities: "the editors' notes, in bodies.json and on the body's page",
    },
  },

  scaffold: {
    ask: ['name', 'acronym', 'parent', 'kind', 'summary'],
    id: (a) => slugify(`${answer(a.parent)} ${answer(a.acronym) || answer(a.name)}`),
    defaults: (a) => ({
      kind: a.parent ? 'working-group' : 'organisation',
      summary: toWrite(`${answer(a.name)}: summary`),
    }),
    examples: {
      acronym: ['acronym: "TC X"'],
      parent: ['parent: body-id'],
      website: ['website: "https://…"'],
      relevance: ['relevance:', '  - result: result-id', '    quote: "The report\'s words on why, copied exactly"'],
      engagement: [
        'engagement:',
        '  - status: contact-sought',
        '    assessed: "YYYY-MM-DD"',
        '    report: report-id',
        '    quote: "The report\'s words the status rests on, copied exactly"',
      ],
    },
    // Its kind rests on the report's words (basis) or on another source (fromElsewhere): the partner says which.
    written: {
      fromElsewhere: [
        'fromElsewhere:',
        '  - field: kind',
        `    source: "${toWrite('Where the kind comes from (or quote the report in basis, and remove this)')}"`,
      ],
    },
    refs: { parent: 'bodies', relevance: 'results', partners: 'partners', topics: 'topics', citations: 'references' },
    text: 'Describe the body here: its remit, and why it matters to the project.',
  },
};

export default bodies;
