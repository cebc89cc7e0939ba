/** References: the reports' bibliography, numbered as in the reports, with the pages that cite each. */
import type { Definition } from '../../lib/collection-api/define';
import { REFERENCE_RULES } from './rules';
import remarkCitations from './remark-citations';
import { referenceSchema, type ReferenceData } from './schema';
import type { Ref } from '../../lib/collection-api/types';
import type { Node } from '../../lib/collection-api/graph';
import { unique } from '../../lib/pure/lists';

export interface ReferenceNode extends Node<ReferenceData> {
  citedBy: Ref[];
}

const references: Definition<typeof referenceSchema, ReferenceNode, 'data'> = {
  type: 'data',
  noun: 'reference',
  plural: 'references',
  title: 'References',
  blurb: 'The references of the reports, numbered as in the reports, with the pages that cite them.',
  path: 'references',
  searchType: 'Reference',
  schema: referenceSchema,
  rules: REFERENCE_RULES,
  // Citation markers, [2], link to their reference.
  remark: remarkCitations,
  build: (entries, { links }) =>
    [...entries]
      .sort((a, b) => a.data.number - b.data.number)
      .map((r) => ({
        ...r,
        label: `[${r.data.number}] ${r.data.title}`,
        citedBy: unique(
          links
            .to({ collection: 'references', id: r.id })
            .filter((link) => link.field === 'citations')
            .map((link) => link.from),
        ),
      })),
};

export default references;
