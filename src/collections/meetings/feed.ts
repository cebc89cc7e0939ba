/** A meeting as an item of the site's feeds: dated by its last edit (when the site learnt of it), else by its first day. */
import { nodeIn } from '../../lib/collection-api/graph';
import { formatDateRange, firstDay, utcDay } from '../../lib/pure/dates';
import type { FeedContext, FeedItem } from '../../lib/render/feeds';
import type { MeetingNode } from './graph';

export function meetingItem(meeting: MeetingNode, { graph, page, editedOn }: FeedContext): FeedItem {
  const ref = { collection: 'meetings', id: meeting.id } as const;
  const bodies = meeting.data.bodies.map((b) => nodeIn(graph, 'bodies', b.id).label);
  const when = formatDateRange(meeting.start, meeting.end);
  return {
    title: `${meeting.label} (${when})`,
    link: page(ref),
    pubDate: utcDay(editedOn(ref) ?? firstDay(meeting.start)),
    description: [meeting.data.summary, bodies.length ? `Bodies: ${bodies.join(', ')}.` : ''].filter(Boolean).join(' '),
  };
}
