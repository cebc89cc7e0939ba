/**
 * Meetings: the meetings, workshops and project meetings where the project
 * presented its work, with the bodies that met, the partners present and
 * what each brought. They are listed newest first; their graph nodes are
 * oldest first, each with the previous and the next.
 */
import type { Definition } from '../../lib/collection-api/define';
import { MEETING_RULES } from './rules';
import { meetingSchema, MEETING_KIND_LABELS } from './schema';
import { buildMeetings, type MeetingNode } from './graph';
import { organisationOf } from '../bodies/graph';
import { labelsOf, nodeIn } from '../../lib/collection-api/graph';
import { uniqueDefined } from '../../lib/pure/lists';
import { compact } from '../../lib/pure/compact';
import { formatDateRange } from '../../lib/pure/dates';
import { answer, toWrite } from '../../lib/pure/scaffold';
import { slugify } from '../../lib/pure/slug';
import { allContributions, timeline } from './graph';
import { meetingCalendar } from './calendar';
import { meetingItem } from './feed';
import { contributionData } from './contribution-data';
import { meetingForm } from './issue-form';

const meetings: Definition<typeof meetingSchema, MeetingNode, 'pages'> = {
  type: 'pages',
  noun: 'meeting',
  plural: 'meetings',
  title: 'Meetings',
  blurb: 'A timeline of the meetings where the project presented its work, and what each partner brought there.',
  path: 'meetings',
  searchType: 'Meeting',
  nav: { order: 2 },
  paged: true,
  schema: meetingSchema,
  rules: MEETING_RULES,
  build: buildMeetings,
  derivedData: { contributions: contributionData },
  issueForm: meetingForm,
  routes: [
    { pattern: '/timeline', entrypoint: new URL('./routes/timeline.astro', import.meta.url), label: 'Timeline' },
    { pattern: '/timeline/[year]', entrypoint: new URL('./routes/timeline-year.astro', import.meta.url) },
    { pattern: '/meetings/by/[facet]', entrypoint: new URL('./routes/by-facet.astro', import.meta.url) },
    { pattern: '/meetings/by/[facet]/[value]', entrypoint: new URL('./routes/by-facet-value.astro', import.meta.url) },
    {
      pattern: '/meetings/by/[facet]/[value]/page/[page]',
      entrypoint: new URL('./routes/by-facet-value-page.astro', import.meta.url),
    },
  ],
  figures: (graph) => [
    { value: graph.meetings.size, label: 'meetings' },
    { value: allContributions(graph).length, label: 'contributions' },
  ],
  events: { newestFirst: timeline, feedItem: meetingItem, calendar: meetingCalendar },

  // Meetings are found by their bodies' names and their own words; their titles are most of the content.
  names: (m) => ({ names: [m.data.title] }),
  vocabulary: false,

  search(m, graph) {
    const bodies = m.data.bodies.map((b) => nodeIn(graph, 'bodies', b.id));
    return {
      filters: {
        year: String(m.start.year),
        organisation: uniqueDefined(bodies.map((b) => organisationOf(graph, b.id))),
        topic: uniqueDefined(labelsOf(graph, 'topics', m.topics)),
        partner: uniqueDefined(labelsOf(graph, 'partners', m.partners)),
      },
      meta: { date: formatDateRange(m.start, m.end), bodies: bodies.map((b) => b.label).join(' · ') || undefined },
      terms: [m.data.place, m.data.occasion],
    };
  },

  head: (m) => ({
    description: m.data.summary,
    kicker: MEETING_KIND_LABELS[m.data.kind],
    lede: m.data.summary,
  }),

  jsonLd(m, { graph, page }) {
    const time = (date: string, at?: string) => (at && date.length === 10 ? `${date}T${at}` : date);
    const { data } = m;
    return compact({
      '@type': 'Event',
      name: data.title,
      description: data.summary,
      url: page({ collection: 'meetings', id: m.id }),
      startDate: time(data.start, data.startTime),
      endDate: data.end ? time(data.end, data.endTime) : data.endTime ? time(data.start, data.endTime) : undefined,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: data.place ? { '@type': 'Place', name: data.place } : undefined,
      organizer: data.bodies.map((b) => ({
        '@type': 'Organization',
        name: nodeIn(graph, 'bodies', b.id).data.name,
        url: page(b),
      })),
      attendee: m.partners.map((p) => ({
        '@type': 'Organization',
        name: nodeIn(graph, 'partners', p).data.name,
        url: page({ collection: 'partners', id: p }),
      })),
    });
  },

  csv: {
    columns: ['title', 'kind', 'start', 'end', 'place', 'bodies', 'partnersPresent', 'contributions'],
    rows: (graph) =>
      timeline(graph).map((id) => {
        const m = nodeIn(graph, 'meetings', id);
        return { ...m.data, id, contributions: m.data.contributions.length };
      }),
    omit: {
      startTime: 'a row gives the days of a meeting; its times are in meetings.json and in the calendar',
      endTime: 'a row gives the days of a meeting; its times are in meetings.json and in the calendar',
      timeZone: 'a row gives the days of a meeting; its times are in meetings.json and in the calendar',
      occasion: 'a note on the event it was held with, in meetings.json',
      summary: "prose, in meetings.json and on the meeting's page",
      sources: 'the report sections that state it, a list of pairs: in meetings.json',
      ambiguities: "the editors' notes, in meetings.json and on the meeting's page",
    },
  },

  scaffold: {
    // Bodies before kind: the kind a meeting gets when none is given depends on them, and the prompt says so.
    ask: ['title', 'start', 'end', 'bodies', 'partnersPresent', 'kind', 'place', 'summary'],
    aliases: { partners: 'partnersPresent' },
    id: (a) => slugify(`${answer(a.start)} ${answer(a.title)}`),
    defaults: (a) => ({
      kind: a.bodies?.length ? 'standards-meeting' : 'project-meeting',
      summary: toWrite(`${answer(a.title)}: summary`),
    }),
    examples: {
      end: ['end: "YYYY-MM-DD"'],
      startTime: ['startTime: "09:30"'],
      endTime: ['endTime: "11:00"'],
      place: ['place: "City, venue"'],
      occasion: ['occasion: "Name of the event"'],
      contributions: [
        'contributions:',
        '  - text: "Presentation of the project"',
        '    kind: presentation',
        '    partner: partner-id',
        '    body: body-id  # needed when the meeting has more than one body',
      ],
      sources: ['sources:', '  - report: report-id', '    section: "2.1"'],
    },
    refs: { bodies: 'bodies', partnersPresent: 'partners' },
    text: 'Describe the meeting here: its context, what was presented or discussed, and what follows.',
  },
};

export default meetings;
