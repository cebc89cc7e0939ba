/**
 * Rules that span fields or files: every reference resolves, dates are in
 * order, a contribution goes to one of its meeting's bodies, no e-mail
 * address is published. Pure: it sees parsed entries, not files.
 */
import { z } from 'astro/zod';
import {
  COLLECTION_NAMES,
  REGISTRY,
  collectionSpec,
  idsIn,
  scaffoldable,
  type CollectionName,
  type Ref,
} from '../../collections';
import type { RefFactory } from '../../collections/fields';
import { TO_BE_WRITTEN } from '../scaffold';
import { isRef, walk, type Path } from '../refs';
import { isOrdered, parsePartialDate } from '../dates';
import { distance } from 'fastest-levenshtein';
import { didYouMean } from '../suggest';
import { fieldName, type Problem } from './problem';
import { sentence } from './validate';
import type { SiteLinkAt } from './mdx';
import { FIXED_PAGES, normaliseSiteLink, siteTarget } from '../site-links';
import { checkQuotations } from './quotations';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path of the file the entry comes from. */
  file: string;
  /** Parsed data, references as { collection, id }. */
  data: Record<string, unknown>;
  /** Path inside the file where the entry starts (the id, for YAML data files). */
  prefix?: readonly (string | number)[];
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** The MDX text after the front matter. */
  text?: string;
  textLine?: number;
  /** Links in the text to pages of the site. */
  links?: readonly SiteLinkAt[];
  /** The text's paragraphs, headings and table cells, without Markdown. */
  prose?: readonly string[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * `broken` names entries whose files exist but could not be read (id "*": a
 * whole data file): references to them are not reported again, since their
 * own problem is.
 */
export function checkIntegrity(
  entries: readonly CheckedEntry[],
  broken: readonly Ref[] = [],
  contentDir = 'content',
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, string[]>(COLLECTION_NAMES.map((c) => [c, []]));
  for (const entry of entries) ids.get(entry.collection)?.push(entry.id);
  const isBroken = (ref: Ref) =>
    broken.some((b) => b.collection === ref.collection && (b.id === ref.id || b.id === '*'));
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));

  for (const entry of entries) {
    const report = (path: Path, message: string) => {
      const absolute = [...(entry.prefix ?? []), ...path];
      problems.push({ file: entry.file, line: entry.lineOf?.(absolute), field: fieldName(absolute), message });
    };

    for (const [path, value] of walk(entry.data)) {
      if (isRef(value)) {
        const known = ids.get(value.collection) ?? [];
        if (!known.includes(value.id) && !isBroken(value)) {
          const { noun, plural } = REGISTRY[value.collection];
          const hint = didYouMean(value.id, known);
          const listing =
            known.length <= 12
              ? `known ${plural}: ${known.join(', ') || 'none'}`
              : `the ${plural} are the ${idsIn(value.collection, contentDir)}`;
          report(path, sentence(`unknown ${noun} "${value.id}"`, hint, hint ? '' : listing));
        }
      } else if (typeof value === 'string' && EMAIL.test(value)) {
        report(path, NO_EMAIL);
      }
    }
    problems.push(...emailInText(entry), ...brokenSiteLinks(entry, ids), ...placeholders(entry));

    checkFromElsewhere(entry, report);
    problems.push(...reportSectionsPlace(entry));
    if (entry.collection === 'meetings') checkMeeting(entry.data, report);
    if (entry.collection === 'bodies') checkParentChain(entry, byKey, report);
    if (entry.collection === 'glossary') {
      const links = ['body', 'standard', 'topic', 'partner', 'result'].filter((k) => entry.data[k] !== undefined);
      if (links.length > 1)
        report([links[1] ?? 'body'], `link a glossary entry to one page at most — it links to ${links.join(' and ')}`);
    }
  }

  problems.push(...checkReferenceNumbers(entries), ...likelyCopies(entries));
  // Quotations are checked against the text of every page: with a page unread, a good quotation could fail.
  if (broken.length === 0) problems.push(...checkQuotations(entries));
  return problems;
}

type Report = (path: Path, message: string) => void;

const NO_EMAIL = 'contains an e-mail address — e-mail addresses are not published on the site; remove it';

/** An e-mail address in an entry's page text, at its line. */
function emailInText(entry: CheckedEntry): Problem[] {
  if (entry.text === undefined || !EMAIL.test(entry.text)) return [];
  const offset = entry.text.split('\n').findIndex((line) => EMAIL.test(line));
  return [{ file: entry.file, line: (entry.textLine ?? 1) + offset, field: '(page text)', message: NO_EMAIL }];
}

/** Links in page text to site pages that do not exist: an unknown entry, anchor or page. */
function brokenSiteLinks(entry: CheckedEntry, ids: ReadonlyMap<CollectionName, string[]>): Problem[] {
  return (entry.links ?? []).flatMap(({ url, line }) => {
    const normal = normaliseSiteLink(url);
    // Files (pictures, the feed …) are not pages; the link check of the built site covers them.
    if (/\.[a-z0-9]+(?:[?#].*)?$/i.test(normal.split('#')[0] ?? '')) return [];
    const target = siteTarget(normal);
    let wrong: string | undefined;
    if ('page' in target) {
      if (!FIXED_PAGES.includes(target.page))
        wrong = sentence(
          'no page of the site has this address',
          `its pages are ${FIXED_PAGES.join(', ')} and those of the collections`,
        );
    } else if (target.id !== undefined) {
      const known = ids.get(target.collection) ?? [];
      if (!known.includes(target.id)) {
        const { noun } = REGISTRY[target.collection];
        wrong = sentence(`unknown ${noun} "${target.id}"`, didYouMean(target.id, known));
      }
    }
    return wrong
      ? [{ file: entry.file, line, field: '(page text)', message: `the link "${url}" goes nowhere — ${wrong}` }]
      : [];
  });
}

/** A title reduced for comparison: letters and digits only, lower case. */
const bare = (title: unknown) =>
  String(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Meetings that are likely the same meeting written twice: the same dates,
 * the same bodies and nearly the same title. Reported on the later file.
 */
function likelyCopies(entries: readonly CheckedEntry[]): Problem[] {
  const meetings = entries.filter((e) => e.collection === 'meetings').sort((a, b) => a.file.localeCompare(b.file));
  const key = (e: CheckedEntry) =>
    [e.data.start, e.data.end ?? '', ...(e.data.bodies as Ref[]).map((b) => b.id).sort()].join('|');
  // Only meetings with the same dates and bodies can be copies: compare within those groups.
  const earlier = new Map<string, CheckedEntry[]>();
  return meetings.flatMap((meeting) => {
    const same = earlier.get(key(meeting)) ?? [];
    earlier.set(key(meeting), [...same, meeting]);
    const original = same.find((other) => distance(bare(other.data.title), bare(meeting.data.title)) <= 3);
    if (!original) return [];
    const message = `this meeting looks like a copy of ${original.file}: the same dates, bodies and title — keep one of the two files`;
    return [{ file: meeting.file, line: meeting.lineOf?.(['title']), field: 'title', message }];
  });
}

/** What every problem about text the scaffolder left to write says, so that `npm run new` can tell them apart. */
export const STILL_TO_WRITE = 'still holds the words `npm run new` left to replace';

/** Text the scaffolder wrote for the partner to replace, left as it was. */
function placeholders(entry: CheckedEntry): Problem[] {
  const fields = Object.entries(entry.data).flatMap(([field, value]) =>
    typeof value === 'string' && value.endsWith(TO_BE_WRITTEN)
      ? [
          {
            file: entry.file,
            line: entry.lineOf?.([field]),
            field,
            message: `${STILL_TO_WRITE} ("${value}") — write it`,
          },
        ]
      : [],
  );
  const lines = entry.text?.split('\n') ?? [];
  const texts = scaffoldable().map((s) => s.template.text);
  const at = lines.findIndex((line) => texts.some((text) => line.includes(text)));
  const text =
    at === -1
      ? []
      : [
          {
            file: entry.file,
            line: (entry.textLine ?? 1) + at,
            field: '(page text)',
            message: `${STILL_TO_WRITE} ("${lines[at]?.trim()}") — write the page's own text`,
          },
        ];
  return [...fields, ...text];
}

/** `<ReportSections />` belongs in a report's text, once, and a report with sections needs it. */
function reportSectionsPlace(entry: CheckedEntry): Problem[] {
  const lines = entry.text?.split('\n') ?? [];
  const at = lines.findIndex((line) => /<ReportSections\b/.test(line));
  const line = (entry.textLine ?? 1) + Math.max(at, 0);
  if (entry.collection !== 'reports')
    return at === -1
      ? []
      : [
          {
            file: entry.file,
            line,
            field: '(page text)',
            message: '<ReportSections /> belongs in the text of a report only — remove it',
          },
        ];
  const sections = (entry.data.sections as unknown[] | undefined) ?? [];
  if (sections.length > 0 && at === -1)
    return [
      {
        file: entry.file,
        line: entry.lineOf?.(['sections']),
        field: 'sections',
        message: 'the text must say where these sections go — add a line <ReportSections /> where the report has them',
      },
    ];
  return [];
}

/** The fields an entry of `collection` may have, in the schema's order. */
function fieldsOf(collection: CollectionName): string[] {
  const anyRef = (() => z.any()) as unknown as RefFactory;
  const schema = collectionSpec(collection).schema(anyRef);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/** `fromElsewhere:` names fields the entry fills, each once. */
function checkFromElsewhere({ collection, data }: CheckedEntry, report: Report) {
  if (!Array.isArray(data.fromElsewhere)) return;
  const fields = fieldsOf(collection).filter((k) => !['fromElsewhere', 'ambiguities', 'sources'].includes(k));
  const seen = new Set<string>();
  (data.fromElsewhere as { field: string }[]).forEach(({ field }, index) => {
    const value = data[field];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (!fields.includes(field))
      report(
        ['fromElsewhere', index, 'field'],
        sentence(`this entry has no field "${field}"`, didYouMean(field, fields), `its fields: ${fields.join(', ')}`),
      );
    else if (empty)
      report(
        ['fromElsewhere', index, 'field'],
        `"${field}" has no value in this entry — remove this item, or fill in ${field}`,
      );
    else if (seen.has(field))
      report(['fromElsewhere', index, 'field'], `"${field}" is already listed — say where it comes from once`);
    seen.add(field);
  });
}

/** Reference numbers used twice. */
function checkReferenceNumbers(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const numbers = new Map<number, string>();
  for (const entry of entries.filter((e) => e.collection === 'references')) {
    const n = entry.data.number as number;
    const other = numbers.get(n);
    if (other) {
      problems.push({
        file: entry.file,
        line: entry.lineOf?.([...(entry.prefix ?? []), 'number']),
        field: fieldName([entry.id, 'number']),
        message: `number ${n} is already used by "${other}" — each reference has its own number`,
      });
    } else numbers.set(n, entry.id);
  }
  return problems;
}

function checkMeeting(data: Record<string, unknown>, report: Report) {
  const start = parsePartialDate(data.start as string);
  if (typeof data.end === 'string' && !isOrdered(start, parsePartialDate(data.end))) {
    report(['end'], `the meeting ends ("${data.end}") before it starts ("${data.start}") — check both dates`);
  }
  const sameDay = data.end === undefined || data.end === data.start;
  if (
    sameDay &&
    typeof data.startTime === 'string' &&
    typeof data.endTime === 'string' &&
    data.endTime <= data.startTime
  ) {
    report(['endTime'], `the meeting ends (${data.endTime}) before it starts (${data.startTime}) — check both times`);
  }
  const bodies = (data.bodies as Ref[]).map((b) => b.id);
  if (data.kind === 'standards-meeting' && bodies.length === 0) {
    report(['bodies'], 'a standards meeting needs at least one body — list the bodies that met');
  }
  (data.contributions as { body?: Ref }[]).forEach((contribution, index) => {
    if (contribution.body && !bodies.includes(contribution.body.id)) {
      report(
        ['contributions', index, 'body'],
        bodies.length
          ? `"${contribution.body.id}" is not one of this meeting's bodies — use one of: ${bodies.join(', ')}, or add it to bodies`
          : `this meeting has no bodies — add "${contribution.body.id}" to bodies, or remove the body of the contribution`,
      );
    } else if (!contribution.body && bodies.length > 1) {
      report(
        ['contributions', index],
        `say which body the contribution was for — add "body:" with one of: ${bodies.join(', ')}`,
      );
    }
  });
}

/** Reports a body whose chain of parents leads back to itself (each body of the loop once). */
function checkParentChain(entry: CheckedEntry, byKey: Map<string, CheckedEntry>, report: Report) {
  const seen = new Set<string>();
  let parent = entry.data.parent as Ref | undefined;
  while (parent && !seen.has(parent.id)) {
    if (parent.id === entry.id) {
      report(
        ['parent'],
        `the parents loop back to "${entry.id}" (${[entry.id, ...seen, entry.id].join(' → ')}) — a body cannot be its own ancestor`,
      );
      return;
    }
    seen.add(parent.id);
    parent = byKey.get(`bodies/${parent.id}`)?.data.parent as Ref | undefined;
  }
}
