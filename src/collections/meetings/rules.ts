/**
 * What holds across a meeting's fields, and between meetings: it ends after
 * it starts, a standards meeting names the bodies that met, a contribution
 * goes to one of them, and no meeting is written twice.
 */
import { distance } from 'fastest-levenshtein';
import { isOrdered, parsePartialDate } from '../../lib/pure/dates';
import type { CheckedEntry } from '../../lib/collection-api/checked-entry';
import type { Rule } from '../../lib/collection-api/rule';
import type { MeetingData } from './schema';

type MeetingRule = Rule<MeetingData>;

const inOrder: MeetingRule = {
  holds: 'a meeting ends after it starts',
  check({ entries, report }) {
    for (const entry of entries) {
      const { start, end, startTime, endTime } = entry.data;
      if (end !== undefined && !isOrdered(parsePartialDate(start), parsePartialDate(end)))
        report.field(entry, ['end'], `the meeting ends ("${end}") before it starts ("${start}") — check both dates`);
      const sameDay = end === undefined || end === start;
      if (sameDay && startTime !== undefined && endTime !== undefined && endTime <= startTime)
        report.field(
          entry,
          ['endTime'],
          `the meeting ends (${endTime}) before it starts (${startTime}) — check both times`,
        );
    }
  },
};

const bodiesMet: MeetingRule = {
  holds: 'a standards meeting names the bodies that met',
  check({ entries, report }) {
    for (const entry of entries)
      if (entry.data.kind === 'standards-meeting' && entry.data.bodies.length === 0)
        report.field(entry, ['bodies'], 'a standards meeting needs at least one body — list the bodies that met');
  },
};

const contributionBodies: MeetingRule = {
  holds: 'a contribution goes to one of its meeting’s bodies',
  check({ entries, report }) {
    for (const entry of entries) {
      const bodies = entry.data.bodies.map((b) => b.id);
      entry.data.contributions.forEach((contribution, index) => {
        if (contribution.body && !bodies.includes(contribution.body.id))
          report.field(
            entry,
            ['contributions', index, 'body'],
            bodies.length
              ? `"${contribution.body.id}" is not one of this meeting's bodies — use one of: ${bodies.join(', ')}, or add it to bodies`
              : `this meeting has no bodies — add "${contribution.body.id}" to bodies, or remove the body of the contribution`,
          );
        else if (!contribution.body && bodies.length > 1)
          report.field(
            entry,
            ['contributions', index],
            `say which body the contribution was for — add "body:" with one of: ${bodies.join(', ')}`,
          );
      });
    }
  },
};

/** A title reduced for comparison: letters and digits only, lower case. */
const bare = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Meetings that are likely the same meeting written twice: the same dates,
 * the same bodies and nearly the same title. Reported on the later file.
 */
const noCopies: MeetingRule = {
  holds: 'no meeting is written twice',
  check({ entries, report }) {
    const key = (e: CheckedEntry<MeetingData>) =>
      [e.data.start, e.data.end ?? '', ...e.data.bodies.map((b) => b.id).sort()].join('|');
    // Only meetings with the same dates and bodies can be copies: compare within those groups.
    const earlier = new Map<string, CheckedEntry<MeetingData>[]>();
    for (const meeting of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
      const same = earlier.get(key(meeting)) ?? [];
      earlier.set(key(meeting), [...same, meeting]);
      const original = same.find((other) => distance(bare(other.data.title), bare(meeting.data.title)) <= 3);
      if (original)
        report.field(
          meeting,
          ['title'],
          `this meeting looks like a copy of ${original.file}: the same dates, bodies and title — keep one of the two files`,
        );
    }
  },
};

export const MEETING_RULES: readonly MeetingRule[] = [inOrder, bodiesMet, contributionBodies, noCopies];
