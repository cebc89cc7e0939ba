/** The glossary: what the abbreviations stand for, each linked to the page that explains it further. */
import type { Definition } from '../define';
import { GLOSSARY_RULES } from './rules';
import { glossarySchema, type GlossaryData } from './schema';
import type { Node } from '../../lib/build-time/graph/types';
import { byName } from '../../lib/build-time/graph/util';

export type GlossaryNode = Node<GlossaryData>;

type GlossaryDefinition = Definition<'glossary', typeof glossarySchema, GlossaryNode, 'data'>;

declare module '..' {
  interface Collections {
    glossary: GlossaryDefinition;
  }
}

const glossary: GlossaryDefinition = {
  name: 'glossary',
  type: 'data',
  order: 8,
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
