/** Partners: the consortium's members, each with its bodies, meetings, contributions, standards and reports. */
import type { Definition } from '../../lib/collection-api/define';
import { partnerSchema, type PartnerData } from './schema';
import { byBodyLabel, organisationOf } from '../bodies/graph';
import { meetingViews, type ContributionRow } from '../meetings/graph';
import type { Node } from '../../lib/collection-api/graph';
import { groupBy, unique, uniqueDefined } from '../../lib/pure/lists';
import { NOT_FROM_THE_REPORT, elsewhere } from '../../lib/pure/elsewhere';
import { compact } from '../../lib/pure/compact';
import { answer, toWrite } from '../../lib/pure/scaffold';
import { slugify } from '../../lib/pure/slug';

export interface PartnerNode extends Node<PartnerData> {
  bodies: string[];
  meetings: string[];
  contributions: ContributionRow[];
  standards: string[];
  reports: string[];
}

/** A value as search results show it: marked when it does not come from the reports. */
const withSource = (value: string, source: string | undefined) =>
  source ? `${value} (${NOT_FROM_THE_REPORT})` : value;

const partners: Definition<typeof partnerSchema, PartnerNode, 'pages'> = {
  type: 'pages',
  noun: 'partner',
  plural: 'partners',
  title: 'Partners',
  blurb: 'Who does what: each partner’s bodies, meetings and contributions.',
  path: 'partners',
  searchType: 'Partner',
  nav: { order: 3 },
  follow: (p) => p.meetings,
  paged: true,
  schema: partnerSchema,
  figures: (graph) => [{ value: graph.partners.size, label: 'partners' }],

  build(entries, context) {
    const { links } = context;
    const bodies = context.nodes('bodies');
    const { newestFirst, contributions: rows } = meetingViews(context);
    const rowsByPartner = groupBy(rows, (row) => row.partner.id);
    return entries.map((p) => {
      const ref = { collection: 'partners' as const, id: p.id };
      const contributions = rowsByPartner.get(p.id) ?? [];
      return {
        ...p,
        label: p.data.name,
        bodies: unique([
          ...links.from(ref, 'bodies', 'partners'),
          ...contributions.flatMap((c) => (c.body ? [c.body.id] : [])),
        ]).sort(byBodyLabel(bodies)),
        meetings: newestFirst.filter((m) => m.partners.includes(p.id)).map((m) => m.id),
        contributions,
        standards: links.from(ref, 'standards', 'partners'),
        reports: links.from(ref, 'reports', 'contributors', 'history.partner'),
      };
    });
  },

  names: (p) => ({ names: [p.data.name, p.data.legalName, ...p.data.aliases], expansion: p.data.legalName }),

  search: (p, graph) => ({
    filters: { partner: p.data.name, organisation: uniqueDefined(p.bodies.map((b) => organisationOf(graph, b))) },
    meta: { country: p.data.country && withSource(p.data.country, elsewhere(p.data, 'country')) },
  }),

  head(p) {
    const { name, legalName, role } = p.data;
    return {
      description: legalName ? `${legalName} (${name}): ${role}` : `${name}: ${role}`,
      subtitle: legalName,
      lede: role,
    };
  },

  jsonLd(p, { page: pageOf }) {
    const page = pageOf({ collection: 'partners', id: p.id });
    return compact({
      '@type': 'Organization',
      '@id': page,
      name: p.data.name,
      legalName: p.data.legalName,
      alternateName: p.data.aliases,
      description: p.data.role,
      url: page,
      sameAs: p.data.website,
      // A country from outside the reports is not stated as a fact to machines.
      address:
        p.data.country && !elsewhere(p.data, 'country')
          ? { '@type': 'PostalAddress', addressCountry: p.data.country }
          : undefined,
      member: p.data.people.map((name) => ({ '@type': 'Person', name })),
    });
  },

  csv: {
    columns: ['name', 'legalName', 'country', 'bodies', 'meetings', 'contributions', 'website', 'fromElsewhere'],
    rows: (graph) =>
      [...graph.partners.values()].map((p) => ({
        ...p.data,
        id: p.id,
        bodies: p.bodies,
        meetings: p.meetings,
        contributions: p.contributions.length,
      })),
    omit: {
      aliases: 'other spellings, for search: in partners.json',
      role: "prose, in partners.json and on the partner's page",
      people: 'names of people are not tabled: in partners.json',
      sources: 'the report sections that state it, a list of pairs: in partners.json',
      ambiguities: "the editors' notes, in partners.json and on the partner's page",
    },
  },

  scaffold: {
    ask: ['name', 'legalName', 'country', 'role'],
    id: (a) => slugify(answer(a.name)),
    defaults: (a) => ({ role: toWrite(`${answer(a.name)}: role`) }),
    examples: {
      legalName: ['legalName: "Legal name as registered"'],
      country: ['country: "Country"'],
      website: ['website: "https://…"'],
    },
    refs: {},
    text: 'Describe the partner’s standardisation work here.',
  },
};

export default partners;
