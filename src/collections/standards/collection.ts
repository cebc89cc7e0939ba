/** Standards: the protocols, specifications, directives and mandates the reports name, with the bodies connected. */
import type { Definition } from '../../lib/collection-api/define';
import { standardSchema, STANDARD_KIND_LABELS, type StandardData } from './schema';
import { NOT_FROM_THE_REPORT, elsewhere } from '../../lib/pure/elsewhere';
import { organisationOf } from '../bodies/graph';
import { labelsOf } from '../../lib/collection-api/graph';
import type { Node } from '../../lib/collection-api/graph';
import { unique, uniqueDefined } from '../../lib/pure/lists';

export interface StandardNode extends Node<StandardData> {
  /** Every body connected: the maintainer first. */
  bodies: string[];
  glossary: string[];
}

const standards: Definition<typeof standardSchema, StandardNode, 'pages'> = {
  type: 'pages',
  noun: 'standard',
  plural: 'standards',
  title: 'Standards',
  blurb: 'The protocols, specifications, directives and mandates the reports name, with the bodies that maintain them.',
  path: 'standards',
  searchType: 'Standard',
  nav: { order: 5 },
  paged: true,
  schema: standardSchema,
  claims: ['kind', 'maintainer', 'bodies', 'partners'],

  build: (entries, { links }) =>
    entries.map((s) => ({
      ...s,
      label: s.data.acronym ?? s.data.name,
      bodies: unique([...(s.data.maintainer ? [s.data.maintainer.id] : []), ...s.data.bodies.map((b) => b.id)]),
      glossary: links.from({ collection: 'standards', id: s.id }, 'glossary'),
    })),

  names: (s) => ({ names: [s.label, s.data.acronym, s.data.name, ...s.data.aliases], expansion: s.data.name }),

  search(s, graph) {
    const maintainer = s.data.maintainer ? graph.bodies.get(s.data.maintainer.id) : undefined;
    return {
      filters: {
        organisation: uniqueDefined(s.bodies.map((b) => organisationOf(graph, b))),
        topic: uniqueDefined(
          labelsOf(
            graph,
            'topics',
            s.data.topics.map((t) => t.id),
          ),
        ),
        partner: uniqueDefined(
          labelsOf(
            graph,
            'partners',
            s.data.partners.map((p) => p.id),
          ),
        ),
      },
      meta: { maintainer: maintainer?.label ?? s.data.issuer },
    };
  },

  head(s) {
    const { name, kind, summary, aliases } = s.data;
    const { label } = s;
    return {
      // "CoAP: Constrained Application Protocol" when it fits, so that a standard and a body of the same acronym differ.
      title: name !== label && label.length + name.length < 56 ? `${label}: ${name}` : label,
      description: summary,
      // A kind the report does not give is marked, as in the facts.
      kicker: `${STANDARD_KIND_LABELS[kind]}${elsewhere(s.data, 'kind') ? ` (${NOT_FROM_THE_REPORT})` : ''}`,
      subtitle: name !== label ? name : undefined,
      lede: summary,
      aliases,
    };
  },
};

export default standards;
