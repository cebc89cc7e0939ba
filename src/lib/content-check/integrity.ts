/**
 * Rules that span fields or files: every reference resolves, dates are in
 * order, a contribution goes to one of its meeting's bodies, no e-mail
 * address is published. Pure: it sees parsed entries, not files.
 */
import { COLLECTIONS, MODEL, type CollectionName, type Ref } from '../../schemas';
import { isOrdered, parsePartialDate } from '../dates';
import { didYouMean } from '../suggest';
import { fieldName, type Problem } from './problem';
import { sentence } from './validate';

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
  body?: string;
  bodyLine?: number;
}

type Path = (string | number)[];

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v.id === 'string' && COLLECTIONS.includes(v.collection as CollectionName);
}

/** Every value in `data` with its path; references are yielded whole, not descended into. */
function* walk(data: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, data];
  if (isRef(data)) return;
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* walk(item, [...path, index]);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) yield* walk(value, [...path, key]);
  }
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

const plural: Record<CollectionName, string> = {
  bodies: 'bodies',
  meetings: 'meetings',
  partners: 'partners',
  topics: 'topics',
  standards: 'standards',
  reports: 'reports',
  results: 'results',
  glossary: 'glossary entries',
  references: 'references',
};

/**
 * `broken` names entries whose files exist but could not be read (id "*": a
 * whole data file): references to them are not reported again, since their
 * own problem is.
 */
export function checkIntegrity(entries: readonly CheckedEntry[], broken: readonly Ref[] = []): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  for (const entry of entries) ids.get(entry.collection)!.push(entry.id);
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
        const known = ids.get(value.collection)!;
        if (!known.includes(value.id) && !isBroken(value)) {
          const noun = MODEL[value.collection].noun;
          const hint = didYouMean(value.id, known);
          const model = MODEL[value.collection];
          const home =
            model.type === 'pages' ? `the file names in content/${model.folder}/` : `the ids in content/${model.file}`;
          const listing =
            known.length <= 12
              ? `known ${plural[value.collection]}: ${known.join(', ') || 'none'}`
              : `the ${plural[value.collection]} are ${home}`;
          report(path, sentence(`unknown ${noun} "${value.id}"`, hint, hint ? '' : listing));
        }
      } else if (typeof value === 'string' && EMAIL.test(value)) {
        report(path, 'contains an e-mail address — e-mail addresses are not published on the site; remove it');
      }
    }
    if (entry.body !== undefined && EMAIL.test(entry.body)) {
      const offset = entry.body.split('\n').findIndex((line) => EMAIL.test(line));
      problems.push({
        file: entry.file,
        line: (entry.bodyLine ?? 1) + offset,
        field: '(page text)',
        message: 'contains an e-mail address — e-mail addresses are not published on the site; remove it',
      });
    }

    if (entry.collection === 'meetings') checkMeeting(entry.data, report);
    if (entry.collection === 'bodies') checkParentChain(entry, byKey, report);
    if (entry.collection === 'glossary') {
      const links = ['body', 'standard', 'topic', 'partner', 'result'].filter((k) => entry.data[k] !== undefined);
      if (links.length > 1)
        report([links[1]!], `link a glossary entry to one page at most — it links to ${links.join(' and ')}`);
    }
  }

  const numbers = new Map<number, string>();
  for (const entry of entries.filter((e) => e.collection === 'references')) {
    const n = entry.data.number as number;
    const other = numbers.get(n);
    if (other) {
      problems.push({
        file: entry.file,
        line: entry.lineOf?.([...(entry.prefix ?? []), 'number']),
        field: `${entry.id}.number`,
        message: `number ${n} is already used by "${other}" — each reference has its own number`,
      });
    } else numbers.set(n, entry.id);
  }
  return problems;
}

type Report = (path: Path, message: string) => void;

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
