/** Topics: the themes that cut across bodies and standards, related to each other both ways. */
import type { Definition } from '../../lib/collection-api/define';
import { topicSchema, type TopicData } from './schema';
import { byBodyLabel } from '../bodies/graph';
import { meetingViews } from '../meetings/graph';
import type { Node } from '../../lib/collection-api/graph';
import { unique } from '../../lib/pure/lists';
import { answer, toWrite } from '../../lib/pure/scaffold';
import { slugify } from '../../lib/pure/slug';

export interface TopicNode extends Node<TopicData> {
  bodies: string[];
  standards: string[];
  meetings: string[];
  /** Related both ways: topics this one names and topics that name it. */
  related: string[];
}

const topics: Definition<typeof topicSchema, TopicNode, 'pages'> = {
  type: 'pages',
  noun: 'topic',
  plural: 'topics',
  title: 'Topics',
  blurb: 'The themes that cut across bodies and standards.',
  path: 'topics',
  searchType: 'Topic',
  nav: { order: 4 },
  paged: true,
  schema: topicSchema,
  // The reports do not sort bodies, standards or meetings by theme: the site does.
  origin: 'the site’s grouping by theme; the reports do not sort bodies, standards or meetings by theme',

  build(entries, context) {
    const { links } = context;
    const bodies = context.nodes('bodies');
    const { newestFirst } = meetingViews(context);
    return entries.map((t) => {
      const ref = { collection: 'topics' as const, id: t.id };
      return {
        ...t,
        label: t.data.name,
        bodies: links.from(ref, 'bodies', 'topics').sort(byBodyLabel(bodies)),
        standards: links.from(ref, 'standards', 'topics'),
        meetings: newestFirst.filter((m) => m.topics.includes(t.id)).map((m) => m.id),
        related: unique([...t.data.related.map((r) => r.id), ...links.from(ref, 'topics', 'related')]).filter(
          (id) => id !== t.id,
        ),
      };
    });
  },

  names: (t) => ({ names: [t.data.name, ...t.data.aliases] }),

  search: (t) => ({ filters: { topic: t.data.name } }),

  head: (t) => ({ description: t.data.summary, lede: t.data.summary, aliases: t.data.aliases }),

  scaffold: {
    ask: ['name', 'summary'],
    id: (a) => slugify(answer(a.name)),
    defaults: (a) => ({ summary: toWrite(`${answer(a.name)}: summary`) }),
    examples: {},
    refs: { related: 'topics' },
    text: 'Describe the theme here, and how the project’s work relates to it.',
  },
};

export default topics;
