/**
 * What changed between two versions of a report, from the content: the
 * meetings and contributions in the period the later one covers, the bodies
 * whose status changed between the two assessments, and the bodies one
 * version covers and the other does not. Pure: it reads the graph.
 */
import type { SiteGraph } from '../../../lib/collection-api/graph';
import type { EngagementStatus } from '../../bodies/schema';
import { firstDay, lastDay, parsePartialDate } from '../../../lib/pure/dates';
import type { ContributionRow } from '../../meetings/graph';
import { timeline, allContributions } from '../../meetings/graph';

export interface ReportProgress {
  previous: string;
  /** The days covered, "YYYY-MM-DD", both ends included. */
  period: { start: string; end: string };
  meetings: string[];
  contributions: ContributionRow[];
  changed: { body: string; from: EngagementStatus; to: EngagementStatus; quote: string }[];
  added: string[];
  dropped: string[];
}

/** The day after `day` ("YYYY-MM-DD"). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The bodies a report covers: those its sections are about and those it assesses. */
function covered(graph: SiteGraph, reportId: string): Set<string> {
  const report = graph.reports.get(reportId);
  const bodies = new Set(report?.data.sections.flatMap((s) => s.bodies.map((b) => b.id)) ?? []);
  for (const body of graph.bodies.values())
    if (body.data.engagement.some((e) => e.report.id === reportId)) bodies.add(body.id);
  return bodies;
}

/** Progress since the version `reportId` supersedes; undefined when it supersedes none. */
export function reportProgress(graph: SiteGraph, reportId: string): ReportProgress | undefined {
  const report = graph.reports.get(reportId);
  const previousId = report?.data.supersedes?.id;
  const previous = previousId ? graph.reports.get(previousId) : undefined;
  if (!report || !previous || !previousId) return undefined;
  const period = report.data.period
    ? {
        start: firstDay(parsePartialDate(report.data.period.start)),
        end: lastDay(parsePartialDate(report.data.period.end)),
      }
    : { start: nextDay(previous.data.deliveryDate), end: report.data.deliveryDate };
  const within = (start: string) =>
    firstDay(parsePartialDate(start)) >= period.start && firstDay(parsePartialDate(start)) <= period.end;
  const meetings = timeline(graph).filter((id) => within(graph.meetings.get(id)?.data.start ?? ''));
  const changed = [...graph.bodies.values()].flatMap((body) => {
    const last = (id: string) => body.data.engagement.filter((e) => e.report.id === id).at(-1);
    const [before, after] = [last(previousId), last(reportId)];
    return before && after && before.status !== after.status
      ? [{ body: body.id, from: before.status, to: after.status, quote: after.quote }]
      : [];
  });
  const [then, now] = [covered(graph, previousId), covered(graph, reportId)];
  return {
    previous: previousId,
    period,
    meetings,
    contributions: allContributions(graph).filter((c) => meetings.includes(c.meeting)),
    changed,
    added: [...now].filter((b) => !then.has(b)).sort(),
    dropped: [...then].filter((b) => !now.has(b)).sort(),
  };
}
