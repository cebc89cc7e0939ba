/**
 * Meetings as iCalendar files, for calendar applications to subscribe to.
 * Multi-day meetings and meetings without times are all-day ranges; a
 * one-day meeting with times is timed, in its time zone when the content
 * gives one and as local ("floating") time otherwise; a meeting known only by
 * its month spans the month and says so. UIDs and stamps come from the
 * content, so a calendar only changes when the content does.
 */
import ical from 'ical-generator';
import type { SiteGraph } from '../../lib/collection-api/graph';
import { nodeIn } from '../../lib/collection-api/graph';
import { firstDay, lastDay, monthName, parsePartialDate, utcDay } from '../../lib/pure/dates';
import type { CalendarContext } from '../../lib/collection-api/define';

const dayAfter = (iso: string) => {
  const date = utcDay(iso);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
};

/**
 * Each meeting's event, rendered once per graph: a meeting is in the calendar
 * of the site, of each of its bodies and their organisations, and of each of
 * its partners. Keyed by the graph, so that the dev server, which reads the
 * content again on each request, never serves an old event.
 */
const rendered = new WeakMap<SiteGraph, Map<string, string>>();

const EVENT_START = 'BEGIN:VEVENT';
const EVENT_END = 'END:VEVENT';
const CALENDAR_END = 'END:VCALENDAR';

/** The iCalendar text of the meetings `ids`: ical-generator's calendar, with each meeting's event rendered once. */
export function meetingCalendar(ids: readonly string[], context: CalendarContext): string {
  const { graph, url, name } = context;
  const host = new URL(url('/')).host;
  const calendar = ical({ name, prodId: `//${host}//standardisation site//EN`, url: url('/meetings/') }).toString();
  const events = rendered.get(graph) ?? new Map<string, string>();
  rendered.set(graph, events);
  const text = ids.map((id) => {
    const key = `${host} ${id}`;
    let event = events.get(key);
    if (event === undefined) {
      event = meetingEvent(id, host, context);
      events.set(key, event);
    }
    return event;
  });
  // The calendar without events ends with its last line; the events go before it, as ical-generator writes them.
  return `${calendar.slice(0, calendar.lastIndexOf(CALENDAR_END))}${text.join('')}${CALENDAR_END}`;
}

/** One meeting's VEVENT, as ical-generator writes it, with its line ending. */
function meetingEvent(id: string, host: string, context: CalendarContext): string {
  const { graph, editedOn } = context;
  const calendar = ical();
  const meeting = nodeIn(graph, 'meetings', id);
  const { data } = meeting;
  const ref = { collection: 'meetings', id } as const;
  const start = parsePartialDate(data.start);
  const end = data.end ? parsePartialDate(data.end) : start;
  const monthOnly = start.day === undefined;
  const timed = !monthOnly && data.startTime && data.endTime && firstDay(start) === firstDay(end);
  const bodies = data.bodies.map((b) => nodeIn(graph, 'bodies', b.id).label);
  const page = context.page(ref);
  const description = [
    data.summary,
    bodies.length ? `Bodies: ${bodies.join(', ')}.` : '',
    monthOnly ? `The source gives only the month: ${monthName(start.month)} ${start.year}.` : '',
    timed && !data.timeZone ? 'The source does not say in which time zone the times are.' : '',
    page,
  ]
    .filter(Boolean)
    .join('\n');
  calendar.createEvent({
    id: `${id}@${host}`,
    summary: monthOnly ? `${meeting.label} (day not known)` : meeting.label,
    description,
    url: page,
    location: data.place ?? null,
    stamp: utcDay(editedOn(ref) ?? firstDay(start)),
    ...(timed
      ? {
          start: `${firstDay(start)}T${data.startTime}:00`,
          end: `${firstDay(start)}T${data.endTime}:00`,
          ...(data.timeZone ? { timezone: data.timeZone } : { floating: true }),
        }
      : { allDay: true, start: utcDay(firstDay(start)), end: dayAfter(lastDay(end)) }),
  });
  const text = calendar.toString();
  return text.slice(text.indexOf(EVENT_START), text.lastIndexOf(EVENT_END) + EVENT_END.length + 2);
}
