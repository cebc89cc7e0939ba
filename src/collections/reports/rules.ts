/**
 * Where `<ReportSections />` may stand: in a report's text, where the report
 * has its sections on standards bodies, and nowhere else.
 */
import { textLine, type Rule } from '../../lib/build-time/content-check/rules/rule';
import type { ReportData } from './schema';

const lineOfSections = (text: string | undefined) =>
  (text?.split('\n') ?? []).findIndex((line) => /<ReportSections\b/.test(line));

const sectionsPlace: Rule<ReportData> = {
  holds: '<ReportSections /> stands in a report with sections, and only there',
  check({ entries, all, report }) {
    for (const entry of all) {
      const at = lineOfSections(entry.text);
      if (at >= 0 && !entries.some((e) => e === entry))
        report.text(entry, textLine(entry, at), '<ReportSections /> belongs in the text of a report only — remove it');
    }
    for (const entry of entries)
      if (entry.data.sections.length > 0 && lineOfSections(entry.text) === -1)
        report.field(
          entry,
          ['sections'],
          'the text must say where these sections go — add a line <ReportSections /> where the report has them',
        );
  },
};

export const REPORT_RULES: readonly Rule<ReportData>[] = [sectionsPlace];
