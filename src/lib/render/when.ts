/**
 * Upcoming and past meetings, decided when the site is built: a meeting is
 * upcoming until its last day has passed. The build date is today's (UTC),
 * or SITE_BUILD_DATE ("YYYY-MM-DD") for tests and reproducible builds.
 */
import { isCalendarDate } from '../collection-api/fields';
import { lastDay, parsePartialDate } from '../pure/dates';

/** The day the site is built, "YYYY-MM-DD". */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const set = env.SITE_BUILD_DATE?.trim();
  if (set) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || !isCalendarDate(set, false))
      throw new Error(`SITE_BUILD_DATE must be a day, "YYYY-MM-DD"; it is "${set}"`);
    return set;
  }
  return now.toISOString().slice(0, 10);
}

interface Dated {
  start: string;
  end?: string;
}

/** True while the meeting's last day (the last day of its month, when only the month is known) has not passed. */
export const isUpcoming = (meeting: Dated, today: string): boolean =>
  lastDay(parsePartialDate(meeting.end ?? meeting.start)) >= today;

/**
 * Meetings given newest first, split into those to come (soonest first) and
 * those past (newest first).
 */
export function upcomingAndPast<T extends string>(
  newestFirst: readonly T[],
  dateOf: (id: T) => Dated,
  today: string,
): { upcoming: T[]; past: T[] } {
  const upcoming = newestFirst.filter((id) => isUpcoming(dateOf(id), today));
  const soon = new Set(upcoming);
  return { upcoming: [...upcoming].reverse(), past: newestFirst.filter((id) => !soon.has(id)) };
}
