/**
 * A change to the content in plain words, as a reviewer reads it and as an
 * entry's history lists it: "status: promoting → considering", "bodies: +
 * ETSI TC CYBER", "website: portal.etsi.org/… → etsi.org/…", and a page
 * text's changes as a short word diff. References are named by their labels
 * (an entry's name as links show it), on each side as that side names them.
 */
import { diffWords } from 'diff';
import type { Ref } from '../site-collections';
import { fieldName } from '../content-check/problem';
import { isRef } from '../refs';
import type { EntryChange, FieldChange } from './entry-changes';

/** An entry's label as a version of the content shows it: "ETSI TC CYBER". */
export type Labeller = (ref: Ref) => string;

/** Text longer than this is shortened, in the middle of the sentence it starts. */
const LONG = 90;

const shorten = (text: string, max = LONG) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/** A web address without its scheme and, when long, its middle: "portal.etsi.org/TBSiteMap/…". */
const address = (url: string) => shorten(url.replace(/^https?:\/\//, '').replace(/\/$/, ''), 48);

/** True for text the review quotes: a sentence, not a word or a short name. */
const isProse = (value: unknown) => typeof value === 'string' && /\s/.test(value.trim()) && value.length > 30;

/**
 * A value as the review writes it: a reference by its label, an address
 * without its scheme, prose quoted (`quote` quotes any text, so that both
 * sides of a change read alike), lists joined.
 */
export function valueInWords(value: unknown, label: Labeller, quote = false): string {
  if (value === undefined || value === null) return 'nothing';
  if (isRef(value)) return label(value);
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) return address(value);
    return quote || isProse(value) ? `“${shorten(value)}”` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => valueInWords(v, label)).join('; ') : 'none';
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${valueInWords(v, label)}`)
      .join(', ');
  return String(value);
}

/** One field's change in words: "status: promoting → considering", "bodies: + ETSI TC CYBER", "website: removed". */
export function fieldInWords(change: FieldChange, before: Labeller, after: Labeller): string {
  const field = fieldName(change.path);
  // Text on one side quoted, so is the other's.
  const quote = isProse(change.before) || isProse(change.after);
  const was = valueInWords(change.before, before, quote);
  const now = valueInWords(change.after, after, quote);
  if (change.item) return change.after === undefined ? `${field}: − ${was}` : `${field}: + ${now}`;
  if (change.before === undefined) return `${field}: added, ${now}`;
  if (change.after === undefined) return `${field}: removed (was ${was})`;
  return `${field}: ${was} → ${now}`;
}

/**
 * What a change did to an entry's fields, a line each, the items added to (or
 * removed from) one list together: "abbreviations: + API, CoAP, DER"; for an
 * entry renamed, its new id first.
 */
export function fieldLines(
  change: Extract<EntryChange, { kind: 'changed' | 'renamed' }>,
  before: Labeller,
  after: Labeller,
): string[] {
  const lines: string[] = [];
  const lists = new Map<string, number>();
  for (const field of change.fields) {
    if (!field.item) {
      lines.push(fieldInWords(field, before, after));
      continue;
    }
    const sign = field.after === undefined ? '−' : '+';
    const value = field.after === undefined ? valueInWords(field.before, before) : valueInWords(field.after, after);
    const head = `${fieldName(field.path)}: ${sign} `;
    const at = lists.get(head);
    if (at === undefined) {
      lists.set(head, lines.length);
      lines.push(`${head}${value}`);
    } else lines[at] += `, ${value}`;
  }
  if (change.kind === 'renamed') lines.unshift(`id: ${change.before.id} → ${change.after.id}`);
  return lines;
}

/** How many words of unchanged text stand either side of a change in a text's word diff. */
const CONTEXT = 6;
/** At most this many changes of a text are shown; the rest are counted. */
const SHOWN = 5;

/** A piece of a text's word diff. */
export interface Segment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** One change of a text with a few words around it, "…" where the text goes on. */
export type Hunk = Segment[];

/**
 * A text's changes, each with a few words around it, spacing kept: "… the
 * standardisation [processes → process] in order to …"; changes a few words
 * apart are one hunk. At most SHOWN hunks, and how many more there are.
 * None when only spacing changed.
 */
export function textHunks(before: string, after: string): { hunks: Hunk[]; more: number } {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  type Run = { same: true; text: string } | { same: false; segments: Segment[] };
  const runs: Run[] = [];
  for (const part of diffWords(flat(before), flat(after))) {
    const last = runs.at(-1);
    if (!part.added && !part.removed) runs.push({ same: true, text: part.value });
    else {
      const segment: Segment = { kind: part.removed ? 'removed' : 'added', text: part.value };
      if (last && !last.same) last.segments.push(segment);
      else runs.push({ same: false, segments: [segment] });
    }
  }
  const words = (text: string) => text.split(' ').filter(Boolean).length;
  const hunks: Hunk[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!run || run.same || !run.segments.some((s) => s.text.trim())) continue;
    const hunk: Hunk = [...run.segments];
    let j = i + 1;
    // Changes a few words apart are one hunk.
    for (let gap = runs[j], next = runs[j + 1]; gap?.same && next && !next.same && words(gap.text) <= 2 * CONTEXT;) {
      hunk.push({ kind: 'same', text: gap.text }, ...next.segments);
      j += 2;
      gap = runs[j];
      next = runs[j + 1];
    }
    const lead = runs[i - 1];
    const tail = runs[j];
    if (lead?.same) {
      const pieces = lead.text.split(/(?<= )/);
      hunk.unshift({ kind: 'same', text: `${pieces.length > CONTEXT ? '… ' : ''}${pieces.slice(-CONTEXT).join('')}` });
    }
    if (tail?.same) {
      const pieces = tail.text.split(/(?= )/);
      hunk.push({ kind: 'same', text: `${pieces.slice(0, CONTEXT).join('')}${pieces.length > CONTEXT ? ' …' : ''}` });
    }
    hunks.push(hunk);
    i = j - 1;
  }
  return { hunks: hunks.slice(0, SHOWN), more: Math.max(0, hunks.length - SHOWN) };
}

const escapeMarkdown = (text: string) => text.replace(/([*~_`[\]\\<>])/g, '\\$1');

/** A hunk as Markdown: removed words struck through, added ones in bold, a space between a word and its replacement. */
export function hunkMarkdown(hunk: Hunk): string {
  let out = '';
  for (const segment of hunk) {
    const [, lead = '', core = '', tail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(segment.text) ?? [];
    const text =
      segment.kind === 'same' || !core
        ? escapeMarkdown(segment.text)
        : `${lead}${segment.kind === 'removed' ? '~~' : '**'}${escapeMarkdown(core)}${segment.kind === 'removed' ? '~~' : '**'}${tail}`;
    // A word removed and its replacement added stand apart: "~~processes~~ **process**".
    out += segment.kind !== 'same' && out && !/\s$/.test(out) && !/^\s/.test(text) ? ` ${text}` : text;
  }
  return out.trim();
}

/** A text's changes as Markdown lines (see textHunks), the last saying how many more there are. */
export function textInWords(before: string, after: string): string[] {
  const { hunks, more } = textHunks(before, after);
  return [...hunks.map(hunkMarkdown), ...(more ? [`and ${more} more changes`] : [])];
}
