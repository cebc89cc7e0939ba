/** Meetings: the timeline, and each meeting with its partners, contributions and themes. */
import type { BodyData, Contribution, MeetingData } from '../../schemas';
import { compareDates, parsePartialDate } from '../dates';
import type { ContributionRow, Entry, MeetingNode } from './types';
import { unique } from './util';

/** The body a contribution was for: its own, or the meeting's only body. */
function withBody(contribution: Contribution, bodies: string[]): Contribution {
  const [only] = bodies;
  if (contribution.body || bodies.length !== 1 || !only) return contribution;
  return { ...contribution, body: { collection: 'bodies', id: only } };
}

/** Meeting nodes, oldest first, with previous and next set. */
export function buildMeetings(
  meetings: readonly Entry<MeetingData>[],
  bodies: ReadonlyMap<string, Entry<BodyData>>,
): MeetingNode[] {
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
