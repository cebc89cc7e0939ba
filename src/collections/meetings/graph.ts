/** Meetings: the timeline, and each meeting with its partners, contributions and themes. */
import type { BuildContext } from '../../lib/collection-api/define';
import type { Contribution, MeetingData } from './schema';
import { compareDates, parsePartialDate, type PartialDate } from '../../lib/pure/dates';
import type { Entry, Node } from '../../lib/collection-api/graph';
import { unique } from '../../lib/pure/lists';
import { graphView } from '../../lib/collection-api/graph';

export interface MeetingNode extends Node<MeetingData> {
  start: PartialDate;
  end?: PartialDate;
  /** Partners present: those named present and every contributor. */
  partners: string[];
  /** Contributions grouped by partner, in the order of first appearance. */
  byPartner: { partner: string; contributions: Contribution[] }[];
  /** Themes of the bodies that met. */
  topics: string[];
  previous?: string;
  next?: string;
}

/** A contribution with the meeting it was made at, for ledgers. */
export interface ContributionRow extends Contribution {
  meeting: string;
  start: PartialDate;
}

/** The body a contribution was for: its own, or the meeting's only body. */
function withBody(contribution: Contribution, bodies: string[]): Contribution {
  const [only] = bodies;
  if (contribution.body || bodies.length !== 1 || !only) return contribution;
  return { ...contribution, body: { collection: 'bodies', id: only } };
}

/** Meeting nodes, oldest first, with previous and next set. */
export function buildMeetings(meetings: readonly Entry<MeetingData>[], context: BuildContext): MeetingNode[] {
  const bodies = context.entries('bodies');
  const dated = meetings.map((m) => ({
    ...m,
    start: parsePartialDate(m.data.start),
    end: m.data.end ? parsePartialDate(m.data.end) : undefined,
  }));
  dated.sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id));
  return dated.map((m, index) => {
    const bodyIds = m.data.bodies.map((b) => b.id);
    const contributions = m.data.contributions.map((c) => withBody(c, bodyIds));
    const contributors = unique(contributions.map((c) => c.partner.id));
    return {
      id: m.id,
      label: m.data.title,
      data: { ...m.data, contributions },
      start: m.start,
      end: m.end,
      partners: unique([...m.data.partnersPresent.map((p) => p.id), ...contributors]),
      byPartner: contributors.map((partner) => ({
        partner,
        contributions: contributions.filter((c) => c.partner.id === partner),
      })),
      topics: unique(bodyIds.flatMap((b) => bodies.get(b)?.data.topics.map((t) => t.id) ?? [])),
      previous: dated[index - 1]?.id,
      next: dated[index + 1]?.id,
    };
  });
}

/** Every contribution of every meeting, newest meeting first. */
export function contributionRows(newestFirst: readonly MeetingNode[]): ContributionRow[] {
  return newestFirst.flatMap((m) => m.data.contributions.map((c) => ({ ...c, meeting: m.id, start: m.start })));
}

/** The meetings newest first, each one's place in that order, and every contribution: computed once per graph. */
export function meetingViews(context: BuildContext) {
  return context.once('meetings', () => {
    const newestFirst = [...context.nodes('meetings').values()].reverse();
    return {
      newestFirst,
      position: new Map(newestFirst.map((m, i) => [m.id, i])),
      contributions: contributionRows(newestFirst),
    };
  });
}

/** The meetings' ids, newest first: the site's timeline. */
export const timeline = graphView((graph) => [...graph.meetings.keys()].reverse());

/** Every contribution of every meeting, newest meeting first. */
export const allContributions = graphView((graph) => contributionRows([...graph.meetings.values()].reverse()));
