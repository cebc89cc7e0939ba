/**
 * A deliverable's cover and front pages as the project's deliverable
 * template prints them: the table of facts under the title (its labels, the
 * delivery date written 27.10.2016, the effort with a decimal comma) and the
 * dates of the document history (17/08/2016). Pure.
 */
import { parsePartialDate } from '../../../lib/pure/dates';
import type { ReportData } from '../schema';

const two = (n: number) => String(n).padStart(2, '0');

/** A date as the template writes it, day first, in two digits: "27.10.2016" (`.`), "17/08/2016" (`/`). */
export function printedDate(iso: string, separator: '.' | '/'): string {
  const { year, month, day } = parsePartialDate(iso);
  return [...(day === undefined ? [] : [two(day)]), two(month), String(year)].join(separator);
}

/** The cover's table, row by row: its label as printed and the value. */
export function coverRows(report: ReportData, project: string, contributors: readonly string[]): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['Project Name', project],
    ['Contractual Delivery Date:', report.dueDate],
    ['Actual Delivery Date:', printedDate(report.deliveryDate, '.')],
    ['Contributors:', contributors.join(', ')],
    ['Workpackage:', report.workPackage],
    ['Estimated person months:', report.personMonths?.toString().replace('.', ',')],
    ['Security:', report.dissemination],
    ['Nature:', report.nature],
    ['Version:', report.version],
    ['Total number of pages:', report.pages?.toString()],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

/** The columns of the document history, as the template heads them. */
export const HISTORY_COLUMNS = ['Date', 'Revision', 'Comment', 'Author/Editor', 'Affiliation'];
