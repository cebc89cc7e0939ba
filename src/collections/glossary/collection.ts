/** The glossary: what the abbreviations stand for, each linked to the page that explains it further. */
import type { Definition } from '../../lib/collection-api/define';
import { GLOSSARY_RULES } from './rules';
import { glossarySchema, type GlossaryData } from './schema';
import type { Node } from '../../lib/collection-api/graph';
import { byName } from '../../lib/pure/lists';

export type GlossaryNode = Node<GlossaryData>;

const glossary: Definition<typeof glossarySchema, GlossaryNode, 'data'> = {
  type: 'data',
  noun: 'glossary entry',
  plural: 'glossary entries',
  title: 'Glossary',
  blurb: 'What the abbreviations stand for.',
  path: 'glossary',
  searchType: 'Glossary',
  nav: { order: 6 },
  schema: glossarySchema,
  rules: GLOSSARY_RULES,
  build: (entries) => entries.map((g) => ({ ...g, label: g.data.term })).sort((a, b) => byName(a.label, b.label)),
  names: (g) => ({ names: [g.data.term, g.data.expansion], expansion: g.data.expansion }),
};

export default glossary;
