/**
 * Quotations that claims rest on: any object of an entry with a `quote:`
 * field (a body's status, a relevance note) must quote the report it rests on
 * word for word. The text of a report is its transcription: the page text of
 * the report's own entry and of every entry whose `sources:` name the report.
 * A quotation that is not there fails with the nearest sentence that is.
 */
import { isRef, walk } from '../../refs';
import { QuotedText, nearestSentence, shorten } from '../../../pure/quotes';
import type { Ref } from '../../../../collections';
import type { CheckedEntry } from '../entry';
import type { Reporter, Rule } from './rule';

/** The collection whose entries are reports. */
const REPORTS = 'reports';

const sourcesOf = (entry: CheckedEntry): string[] =>
  Array.isArray(entry.data.sources)
    ? (entry.data.sources as { report?: unknown }[]).flatMap((s) =>
        isRef(s.report) && s.report.collection === REPORTS ? [s.report.id] : [],
      )
    : [];

/** The transcribed text of each report: the prose of the pages that transcribe it. */
export function reportTexts(entries: readonly CheckedEntry[]): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.collection === REPORTS)) texts.set(entry.id, [...(entry.prose ?? [])]);
  for (const entry of entries.filter((e) => e.collection !== REPORTS && e.prose?.length))
    for (const report of new Set(sourcesOf(entry))) texts.get(report)?.push(...(entry.prose ?? []));
  return texts;
}

/** Whether words are a report's: `quotes(report, words)`, over the reports' transcribed text. */
export function reportQuotes(entries: readonly CheckedEntry[]): (report: string, quote: string) => boolean {
  const texts = reportTexts(entries);
  const indexed = new Map<string, QuotedText>();
  return (report, quote) => {
    let text = indexed.get(report);
    if (!text) {
      text = new QuotedText(texts.get(report) ?? []);
      indexed.set(report, text);
    }
    return text.has(quote);
  };
}

export const quotations: Rule = {
  holds: 'quotations are the report’s words',
  check({ entries, incomplete, report }) {
    // Quotations are checked against the text of every page: with a page unread, a good quotation could fail.
    if (!incomplete) checkQuotations(entries, report);
  },
};

function checkQuotations(entries: readonly CheckedEntry[], reporter: Reporter) {
  const texts = reportTexts(entries);
  // Each set of reports is read once, however many quotations rest on it.
  const indexed = new Map<string, QuotedText>();
  const quotedText = (reports: readonly string[]) => {
    const key = reports.join('\u0000');
    let text = indexed.get(key);
    if (!text) {
      text = new QuotedText(reports.flatMap((id) => texts.get(id) ?? []));
      indexed.set(key, text);
    }
    return text;
  };
  for (const entry of entries) {
    for (const [path, value] of walk(entry.data)) {
      if (!value || typeof value !== 'object' || Array.isArray(value) || isRef(value)) continue;
      const { quote, report } = value as { quote?: unknown; report?: unknown };
      if (typeof quote !== 'string') continue;
      // The report the object names, else those the entry's sources name, else every report.
      const named =
        isRef(report) && report.collection === REPORTS ? [(report as Ref).id] : [...new Set(sourcesOf(entry))];
      const reports = (named.length ? named : [...texts.keys()]).filter((id) => texts.has(id));
      if (reports.length === 0) continue; // an unknown report is reported by the reference check
      if (quotedText(reports).has(quote)) continue;
      const text = reports.flatMap((id) => texts.get(id) ?? []);
      const near = nearestSentence(quote, text);
      const which =
        reports.length === 1 ? `report "${reports[0]}"` : `reports ${reports.map((r) => `"${r}"`).join(', ')}`;
      reporter.field(
        entry,
        [...path, 'quote'],
        `these words are not in the text of ${which} — quote the report exactly, and write … for words left out` +
          (near ? `; the nearest sentence there is: "${shorten(near)}"` : ''),
      );
    }
  }
}
