/**
 * The rows of a body's meeting table in a report, as the report prints it:
 * each meeting the body has contributions at, oldest first, named as the
 * report's row names it (the `as` of the meeting's source for that report
 * and section, else its title), with the contributions made to that body and
 * the partners who made them.
 */
import type { SiteGraph } from '../../../lib/collection-api/graph';
import { nodeIn } from '../../../lib/collection-api/graph';

export interface MeetingRow {
  meeting: string;
  /** The meeting as the report's row names it. */
  printed: string;
  contributions: string[];
  partners: string[];
}

export function meetingRows(graph: SiteGraph, body: string, report: string, section: string): MeetingRow[] {
  const { meetings } = nodeIn(graph, 'bodies', body);
  return [...meetings].reverse().flatMap((id) => {
    const meeting = nodeIn(graph, 'meetings', id);
    const own = meeting.data.contributions.filter((c) => (c.body?.id ?? meeting.data.bodies[0]?.id) === body);
    if (own.length === 0) return [];
    const source = meeting.data.sources.find((s) => s.report.id === report && s.section === section);
    return [
      {
        meeting: id,
        printed: source?.as ?? meeting.label,
        contributions: own.map((c) => c.text),
        partners: [...new Set(own.map((c) => c.partner.id))],
      },
    ];
  });
}
