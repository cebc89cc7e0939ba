/**
 * The engagement on a time axis: one lane per organisation (its bodies as
 * rows inside it) and one for the project's own meetings, each meeting placed
 * at its dates, the reports' delivery dates marked. Pure geometry for an SVG
 * drawn at build time.
 */
import type { SiteGraph } from '../../../lib/collection-api/graph';
import { nodeIn } from '../../../lib/collection-api/graph';
import { firstDay, lastDay, monthName, utcDay } from '../../../lib/pure/dates';
import { timeline } from '../graph';
import { organisations } from '../../bodies/graph';

export interface TimelineRow {
  /** A body's id, or undefined for the project's own meetings. */
  body?: string;
  label: string;
  /** Indented under its organisation. */
  nested: boolean;
  meetings: { id: string; label: string; x: number; width: number }[];
}

export interface Timeline {
  width: number;
  months: { x: number; label: string; year?: number }[];
  reports: { id: string; label: string; x: number }[];
  rows: TimelineRow[];
  /** Each meeting's rows, by label, in the order drawn. */
  lanes: ReadonlyMap<string, string[]>;
}

/** Above this many meetings, the timeline is drawn a year a page, so that no page grows with the content. */
export const TIMELINE_LIMIT = 100;

/** The year a meeting is placed in: the year it starts. */
const meetingYear = (graph: SiteGraph, id: string) => nodeIn(graph, 'meetings', id).start.year;
/** The year a report is marked in: the year it was delivered. */
const reportYear = (report: { data: { deliveryDate: string } }) => Number(report.data.deliveryDate.slice(0, 4));

/**
 * The years of the timeline's pages, newest first: each year a meeting starts
 * or a report is delivered in. Empty when the timeline fits on one page
 * (`limit` meetings or fewer).
 */
export function timelineYears(graph: SiteGraph, limit = TIMELINE_LIMIT): number[] {
  if (timeline(graph).length <= limit) return [];
  const years = new Set(timeline(graph).map((id) => meetingYear(graph, id)));
  for (const r of graph.reports.values()) years.add(reportYear(r));
  return [...years].sort((a, b) => b - a);
}

/** The path of the timeline of `year` among `years` (newest first): the newest at /timeline/ itself. */
export const timelinePath = (year: number | undefined, years: readonly number[]): string =>
  year === undefined || year === years[0] ? '/timeline/' : `/timeline/${year}/`;

const DAY = 24 * 60 * 60 * 1000;
const time = (iso: string) => utcDay(iso).getTime();

/**
 * The timeline of every meeting and report, or of those of `year` (meetings
 * that start in it, reports delivered in it), `perMonth` pixels a month.
 */
export function buildTimeline(graph: SiteGraph, year?: number, perMonth = 90): Timeline | undefined {
  const meetings = [...timeline(graph)]
    .reverse()
    .filter((id) => year === undefined || meetingYear(graph, id) === year)
    .map((id) => nodeIn(graph, 'meetings', id));
  const shown = new Set(meetings.map((m) => m.id));
  const reports = [...graph.reports.values()].filter((r) => year === undefined || reportYear(r) === year);
  const days = [
    ...meetings.flatMap((m) => [firstDay(m.start), lastDay(m.end ?? m.start)]),
    ...reports.map((r) => r.data.deliveryDate),
  ];
  if (days.length === 0) return undefined;
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const start = Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, 1);
  const endMonth = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1));
  const months: Timeline['months'] = [];
  for (let d = new Date(start); d < endMonth; d.setUTCMonth(d.getUTCMonth() + 1))
    months.push({
      x: 0,
      label: monthName(d.getUTCMonth() + 1).slice(0, 3),
      ...(d.getUTCMonth() === 0 || months.length === 0 ? { year: d.getUTCFullYear() } : {}),
    });
  const span = endMonth.getTime() - start;
  const width = Math.max(months.length * perMonth, 320);
  const x = (ms: number) => Math.round(((ms - start) / span) * width);
  months.forEach((m, i) => {
    const d = new Date(start);
    d.setUTCMonth(d.getUTCMonth() + i);
    m.x = x(d.getTime());
  });

  const place = (id: string) => {
    const m = nodeIn(graph, 'meetings', id);
    const from = time(firstDay(m.start));
    const to = time(lastDay(m.end ?? m.start)) + DAY;
    return { id, label: m.label, x: x(from), width: Math.max(x(to) - x(from), 6) };
  };
  const rows: TimelineRow[] = [];
  for (const org of organisations(graph)) {
    const node = nodeIn(graph, 'bodies', org);
    const bodies = [org, ...node.descendants].filter((b) =>
      nodeIn(graph, 'bodies', b).meetings.some((id) => shown.has(id)),
    );
    if (bodies.length === 0) continue;
    for (const body of [org, ...node.descendants]) {
      const own = nodeIn(graph, 'bodies', body).meetings.filter((id) => shown.has(id));
      if (body !== org && own.length === 0) continue;
      rows.push({ body, label: nodeIn(graph, 'bodies', body).label, nested: body !== org, meetings: own.map(place) });
    }
  }
  const project = meetings.filter((m) => m.data.bodies.length === 0).map((m) => place(m.id));
  if (project.length) rows.push({ label: 'Project meetings', nested: false, meetings: project });
  const lanes = new Map<string, string[]>();
  for (const row of rows) for (const m of row.meetings) lanes.set(m.id, [...(lanes.get(m.id) ?? []), row.label]);
  return {
    width,
    months,
    reports: reports.map((r) => ({ id: r.id, label: r.label, x: x(time(r.data.deliveryDate)) })),
    rows,
    lanes,
  };
}
