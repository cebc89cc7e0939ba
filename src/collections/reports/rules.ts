/**
 * Where the report's markers may stand: `<ReportSections />` and
 * `<ReportFrontPages />` in a report's text only (a report with sections needs
 * the first), `<ReportMeetings />` in a body's text only, naming that body.
 */
import { textLine, type Rule } from '../../lib/collection-api/rule';
import type { CheckedEntry } from '../../lib/collection-api/checked-entry';
import type { ReportData } from './schema';

/** The index of the first line of an entry's text that holds `marker`; -1 when none does. */
const lineOf = (entry: CheckedEntry, marker: string) =>
  (entry.text?.split('\n') ?? []).findIndex((line) => new RegExp(`<${marker}\\b`).test(line));

const markersPlace: Rule<ReportData> = {
  holds: 'the report’s markers stand where they belong',
  check({ entries, all, report }) {
    const isReport = (entry: CheckedEntry) => entries.some((e) => e === entry);
    for (const entry of all) {
      for (const marker of ['ReportSections', 'ReportFrontPages']) {
        const at = lineOf(entry, marker);
        if (at >= 0 && !isReport(entry))
          report.text(entry, textLine(entry, at), `<${marker} /> belongs in the text of a report only — remove it`);
      }
      const meetings = lineOf(entry, 'ReportMeetings');
      if (meetings < 0) continue;
      const named = /<ReportMeetings\b[^>]*\bbody=["']([^"']*)["']/.exec(entry.text?.split('\n')[meetings] ?? '')?.[1];
      if (entry.collection !== 'bodies')
        report.text(
          entry,
          textLine(entry, meetings),
          '<ReportMeetings /> belongs in the text of a body only — remove it',
        );
      else if (named !== entry.id)
        report.text(
          entry,
          textLine(entry, meetings),
          `<ReportMeetings /> shows the meetings of the body whose text it is in — write <ReportMeetings body="${entry.id}" />`,
        );
    }
    for (const entry of entries)
      if (entry.data.sections.length > 0 && lineOf(entry, 'ReportSections') === -1)
        report.field(
          entry,
          ['sections'],
          'the text must say where these sections go — add a line <ReportSections /> where the report has them',
        );
  },
};

export const REPORT_RULES: readonly Rule<ReportData>[] = [markersPlace];
