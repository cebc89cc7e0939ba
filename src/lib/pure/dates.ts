/**
 * Dates as the reports give them: a day ("2016-09-13") or, when only the
 * month is known, a month ("2016-06"). The precision is kept all the way to
 * the page, so a month is never shown as its first day.
 */

export interface PartialDate {
  year: number;
  month: number;
  /** Absent when only the month is known. */
  day?: number;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD" or "YYYY-MM"; undefined for anything else or for a day or month that does not exist. */
export function tryParsePartialDate(value: string): PartialDate | undefined {
  try {
    return parsePartialDate(value);
  } catch {
    return undefined;
  }
}

/** Parses "YYYY-MM-DD" or "YYYY-MM"; throws on anything else or on a day that does not exist. */
export function parsePartialDate(value: string): PartialDate {
  const match = PATTERN.exec(value);
  if (!match) throw new Error(`"${value}" is not a date of the form YYYY-MM-DD or YYYY-MM`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) throw new Error(`"${value}" has no month ${month}`);
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new Error(`"${value}" names a day that does not exist`);
  }
  return day === undefined ? { year, month } : { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value for a `datetime` attribute: "2016-09-13" or "2016-06". */
export function toIso(date: PartialDate): string {
  return date.day === undefined
    ? `${date.year}-${pad(date.month)}`
    : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The first day the date can stand for, as "YYYY-MM-DD". */
export function firstDay(date: PartialDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day ?? 1)}`;
}

/** The last day the date can stand for, as "YYYY-MM-DD". */
export function lastDay(date: PartialDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day ?? daysInMonth(date.year, date.month))}`;
}

export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** "13 September 2016", or "June 2016" for a month. */
export function formatDate(date: PartialDate): string {
  const monthYear = `${monthName(date.month)} ${date.year}`;
  return date.day === undefined ? monthYear : `${date.day} ${monthYear}`;
}

/**
 * A span of dates, shortened where the ends share a month or year:
 * "19–20 May 2016", "30 September – 2 October 2016", "June 2016".
 */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end || toIso(end) === toIso(start)) return formatDate(start);
  if (start.day !== undefined && end.day !== undefined && start.year === end.year) {
    if (start.month === end.month) return `${start.day}–${end.day} ${monthName(end.month)} ${end.year}`;
    return `${start.day} ${monthName(start.month)} – ${end.day} ${monthName(end.month)} ${end.year}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** True when `end` cannot come before `start`, whatever the precision of either. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return lastDay(end) >= firstDay(start);
}

/**
 * Orders dates oldest first. A month sorts after the days inside it that are
 * known, so that "2016-09" does not jump ahead of "2016-09-13".
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const key = (d: PartialDate) => `${d.year}-${pad(d.month)}-${d.day === undefined ? '32' : pad(d.day)}`;
  return key(a).localeCompare(key(b));
}

/** Midnight UTC of a day, "YYYY-MM-DD". */
export const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
