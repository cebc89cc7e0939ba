/** References: the reports' bibliography, numbered as in the reports, with the pages that cite each. */
import type { Definition } from '../define';
import { REFERENCE_RULES } from './rules';
import remarkCitations from './remark-citations';
import { referenceSchema, type ReferenceData } from './schema';
import type { Ref } from '..';
import type { Node } from '../../lib/build-time/graph/types';
import { unique } from '../../lib/build-time/graph/util';

export interface ReferenceNode extends Node<ReferenceData> {
  citedBy: Ref[];
}

type ReferencesDefinition = Definition<'references', typeof referenceSchema, ReferenceNode, 'data'>;

declare module '..' {
  interface Collections {
    references: ReferencesDefinition;
  }
}

const references: ReferencesDefinition = {
  name: 'references',
  type: 'data',
  order: 9,
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
