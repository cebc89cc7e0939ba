/** The contributions of every meeting as a file of open data of their own, one row each, with their meeting and its date. */
import type { z } from 'astro/zod';
import type { DerivedData } from '../../lib/collection-api/define';
import { nodeIn } from '../../lib/collection-api/graph';
import { allContributions } from './graph';

export const contributionData: DerivedData = {
  title: 'Contributions',
  noun: 'contribution',
  schema(meeting, ref) {
    const contributions = meeting.shape.contributions as z.ZodDefault<z.ZodArray<z.AnyZodObject>>;
    return contributions
      .removeDefault()
      .element.extend({
        meeting: ref('meetings').describe('the meeting it was made at'),
        start: meeting.shape.start.describe('when the meeting started, "YYYY-MM-DD" or "YYYY-MM"'),
      })
      .strict();
  },
  items: (graph) =>
    allContributions(graph).map(({ meeting, start: _start, ...contribution }) => ({
      ...contribution,
      meeting: { collection: 'meetings', id: meeting },
      start: nodeIn(graph, 'meetings', meeting).data.start,
    })),
  csv: ['meeting', 'start', 'partner', 'body', 'kind', 'text'],
};
