/**
 * A change to the content in plain words, as a reviewer reads it and as an
 * entry's history lists it: "status: promoting → considering", "bodies: +
 * ETSI TC CYBER", "website: portal.etsi.org/… → etsi.org/…", and a page
 * text's changes as a short word diff. References are named by their labels
 * (an entry's name as links show it), on each side as that side names them.
 */
import { diffWords } from 'diff';
import type { Ref } from '../../../collections';
import { fieldName } from '../content-check/problem';
import { isRef } from '../refs';
import type { FieldChange } from './changes';

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

/** A value as the review writes it: a reference by its label, text quoted when it is prose, lists joined. */
export function valueInWords(value: unknown, label: Labeller): string {
  if (value === undefined || value === null) return 'nothing';
  if (isRef(value)) return label(value);
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) return address(value);
    // A word or a short name stays as it is; a sentence is quoted.
    return /\s/.test(value.trim()) && value.length > 30 ? `“${shorten(value)}”` : value;
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
  const was = valueInWords(change.before, before);
  const now = valueInWords(change.after, after);
  if (change.item) return change.after === undefined ? `${field}: − ${was}` : `${field}: + ${now}`;
  if (change.before === undefined) return `${field}: added, ${now}`;
  if (change.after === undefined) return `${field}: removed (was ${was})`;
  return `${field}: ${was} → ${now}`;
}

/** How many words of unchanged text stand either side of a change in a text's word diff. */
const CONTEXT = 6;
/** At most this many changes of a text are shown; the rest are counted. */
const SHOWN = 5;

/**
 * A text's changes as Markdown, each with a few words around it, spacing
 * kept: "… the standardisation ~~processes~~ **process** in order to …".
 * Empty when only spacing changed.
 */
export function textInWords(before: string, after: string): string[] {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const parts = diffWords(flat(before), flat(after));
  const escape = (text: string) => text.replace(/([*~_`[\]\\<>])/g, '\\$1');
  /** Marks a changed piece inside its own spacing: " **word** ". */
  const mark = (text: string, marker: string) => {
    const [, lead = '', core = '', tail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
    return core ? `${lead}${marker}${escape(core)}${marker}${tail}` : text;
  };
  // The text as runs: unchanged text, and the changes between two unchanged runs, marked.
  const runs: { same: boolean; text: string }[] = [];
  for (const part of parts) {
    const same = !part.added && !part.removed;
    const text = same ? part.value : mark(part.value, part.removed ? '~~' : '**');
    const last = runs.at(-1);
    if (!last || last.same !== same) runs.push({ same, text });
    // A word removed and its replacement added stand apart: "~~processes~~ **process**".
    else last.text += /\s$/.test(last.text) || /^\s/.test(text) ? text : ` ${text}`;
  }
  const words = (text: string) => text.split(' ').filter(Boolean).length;
  const hunks: string[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!run || run.same) continue;
    // Changes a few words apart are one hunk.
    let body = run.text;
    let j = i + 1;
    for (let gap = runs[j]; gap && runs[j + 1] && words(gap.text) <= 2 * CONTEXT; gap = runs[j]) {
      body += `${escape(gap.text)}${runs[j + 1]?.text ?? ''}`;
      j += 2;
    }
    const before = (runs[i - 1]?.text ?? '').split(/(?<= )/);
    const after = (runs[j]?.text ?? '').split(/(?= )/);
    const lead = `${before.length > CONTEXT ? '… ' : ''}${escape(before.slice(-CONTEXT).join(''))}`;
    const tail = `${escape(after.slice(0, CONTEXT).join(''))}${after.length > CONTEXT ? ' …' : ''}`;
    if (body.trim()) hunks.push(`${lead}${body}${tail}`.trim());
    i = j - 1;
  }
  return hunks.length > SHOWN ? [...hunks.slice(0, SHOWN), `and ${hunks.length - SHOWN} more changes`] : hunks;
}
