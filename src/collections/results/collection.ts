/** Results: the project's results, each with the bodies it matters to and the report's words on why. */
import type { Definition } from '../../lib/collection-api/define';
import { resultSchema, type ResultData } from './schema';
import type { Node } from '../../lib/collection-api/graph';
import { byName, groupBy, mustGet } from '../../lib/pure/lists';

export interface ResultNode extends Node<ResultData> {
  /** The bodies the result matters to, each with the report's words on why. */
  bodies: { id: string; quote: string; note?: string }[];
}

const results: Definition<typeof resultSchema, ResultNode, 'data'> = {
  type: 'data',
  noun: 'result',
  plural: 'results',
  title: 'Project results',
  blurb: 'The project’s results, and the bodies each one matters to.',
  path: 'results',
  searchType: 'Result',
  schema: resultSchema,
  routes: [
    { pattern: '/results/[id]', entrypoint: new URL('./routes/result.astro', import.meta.url) },
    { pattern: '/results/[id]/page/[page]', entrypoint: new URL('./routes/result-page.astro', import.meta.url) },
  ],

  build(entries, context) {
    const bodies = context.nodes('bodies');
    const notes = [...bodies.values()].flatMap((b) =>
      b.data.relevance.map((r) => ({ result: r.result.id, id: b.id, quote: r.quote, note: r.note })),
    );
    const byResult = groupBy(notes, (n) => n.result);
    return entries.map((r) => ({
      ...r,
      label: r.data.short ?? r.data.name,
      bodies: (byResult.get(r.id) ?? [])
        .map(({ id, quote, note }) => ({ id, quote, note }))
        .sort((a, b) => byName(mustGet(bodies, a.id).label, mustGet(bodies, b.id).label)),
    }));
  },

  names: (r) => ({ names: [r.label, r.data.name], expansion: r.data.name }),
};

export default results;
