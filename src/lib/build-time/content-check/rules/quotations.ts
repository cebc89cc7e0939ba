/**
 * Quotations that claims rest on: any object of an entry with a `quote:`
 * field (a body's status, a relevance note) must quote the report it rests on
 * word for word. The text of a report is its transcription: the page text of
 * the report's own entry and of every entry whose `sources:` name the report.
 * A quotation that is not there fails with the nearest sentence that is.
 */
import { isRef, walk } from '../../refs';
import { QuotedText, nearestSentence, shorten } from '../../../pure/quotes';
import type { Ref } from '../../site-collections';
import type { CheckedEntry } from '../../../collection-api/checked-entry';
import type { Reporter, Rule } from '../../../collection-api/rule';
import { REPORTS } from '../../../collection-api/reports';

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

/** The reports' transcribed text, and each set of reports indexed for quotations once. */
export interface QuotedReports {
  /** Each report's transcribed text (reportTexts). */
  texts: ReadonlyMap<string, string[]>;
  /** The text of `reports` together, indexed once however many quotations rest on it. */
  of(reports: readonly string[]): QuotedText;
}

/** One index a set of entries: the quotations rule and the site configuration's check share it. */
const indexes = new WeakMap<readonly CheckedEntry[], QuotedReports>();

export function quotedReports(entries: readonly CheckedEntry[]): QuotedReports {
  const known = indexes.get(entries);
  if (known) return known;
  const texts = reportTexts(entries);
  const indexed = new Map<string, QuotedText>();
  const index: QuotedReports = {
    texts,
    of(reports) {
      const key = reports.join('\u0000');
      let text = indexed.get(key);
      if (!text) {
        text = new QuotedText(reports.flatMap((id) => texts.get(id) ?? []));
        indexed.set(key, text);
      }
      return text;
    },
  };
  indexes.set(entries, index);
  return index;
}

export const quotations: Rule = {
  holds: 'quotations are the report’s words',
  check({ entries, incomplete, report }) {
    // Quotations are checked against the text of every page: with a page unread, a good quotation could fail.
    if (!incomplete) checkQuotations(entries, report);
  },
};

function checkQuotations(entries: readonly CheckedEntry[], reporter: Reporter) {
  const { texts, of: quotedText } = quotedReports(entries);
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
