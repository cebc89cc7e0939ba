import { describe, expect, it } from 'vitest';
import {
  entryChanges,
  fieldChanges,
  fieldInWords,
  fieldLines,
  textInWords,
  valueInWords,
  type FieldChange,
} from '../../src/lib/tools/review';
import type { CheckedEntry } from '../../src/lib/build-time/content-check';
import type { Ref } from '../../src/lib/build-time/site-collections';

const ref = (collection: string, id: string) => ({ collection, id }) as Ref;
const label = (r: Ref) => r.id.toUpperCase();

describe('the fields a change touches', () => {
  it('goes down into records and compares lists of records place by place', () => {
    const before = { name: 'A', engagement: [{ status: 'promoting', quote: 'q' }], website: 'https://a.org/x' };
    const after = { name: 'A', engagement: [{ status: 'considering', quote: 'q' }] };
    expect(fieldChanges(before, after)).toEqual([
      { path: ['engagement', 0, 'status'], before: 'promoting', after: 'considering' },
      { path: ['website'], before: 'https://a.org/x' },
    ]);
  });

  it('gives the items gone and the items new of a list, references whole', () => {
    const before = { bodies: [ref('bodies', 'a'), ref('bodies', 'b')] };
    const after = { bodies: [ref('bodies', 'a'), ref('bodies', 'c'), ref('bodies', 'd')] };
    expect(fieldChanges(before, after)).toEqual([
      { path: ['bodies'], before: ref('bodies', 'b'), item: true },
      { path: ['bodies'], after: ref('bodies', 'c'), item: true },
      { path: ['bodies'], after: ref('bodies', 'd'), item: true },
    ]);
    expect(fieldChanges(before, structuredClone(before))).toEqual([]);
  });
});

describe('a change in words', () => {
  it('names references by their labels, shortens addresses and quotes sentences', () => {
    expect(valueInWords(ref('bodies', 'etsi'), label)).toBe('ETSI');
    expect(valueInWords('https://portal.etsi.org/TBSiteMap/CYBER/CyberToR.aspx', label)).toBe(
      'portal.etsi.org/TBSiteMap/CYBER/CyberToR.aspx',
    );
    expect(valueInWords('promoting', label)).toBe('promoting');
    expect(valueInWords('The committee met for three days in Sophia Antipolis.', label)).toBe(
      '“The committee met for three days in Sophia Antipolis.”',
    );
    expect(valueInWords({ text: 'x', partner: ref('partners', 'p3c') }, label)).toBe('text: x, partner: P3C');
    expect(valueInWords([], label)).toBe('none');
  });

  it('says what happened to the field, each side naming references its own way', () => {
    const words = (change: FieldChange) =>
      fieldInWords(
        change,
        (r) => `old ${r.id}`,
        (r) => `new ${r.id}`,
      );
    expect(words({ path: ['engagement', 0, 'status'], before: 'promoting', after: 'considering' })).toBe(
      'engagement, item 1, status: promoting → considering',
    );
    expect(words({ path: ['bodies'], after: ref('bodies', 'a'), item: true })).toBe('bodies: + new a');
    expect(words({ path: ['bodies'], before: ref('bodies', 'a'), item: true })).toBe('bodies: − old a');
    expect(words({ path: ['website'], before: 'https://a.org/' })).toBe('website: removed (was a.org)');
    expect(words({ path: ['place'], after: 'Ispra' })).toBe('place: added, Ispra');
  });

  it("shows a text's changes with a few words around each, spacing kept, Markdown escaped", () => {
    const before =
      'During the first project meeting in Aachen the SUCCESS team discussed about active contribution in the standardisation processes.';
    const after =
      'During the first project meeting in Aachen the SUCCESS team discussed active contribution in the *standardisation* process.';
    // Changes a few words apart are one hunk; a word replaced is its removal, then its replacement.
    expect(textInWords(before, after)).toEqual([
      '… in Aachen the SUCCESS team discussed ~~about~~ active contribution in the **\\***standardisation ~~processes~~ **\\* process**.',
    ]);
    const long = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(textInWords(`${long(20)} old ${long(20)}`, `${long(20)} new ${long(20)}`)).toEqual([
      '… w14 w15 w16 w17 w18 w19 ~~old~~ **new** w0 w1 w2 w3 w4 w5 …',
    ]);
    expect(textInWords('A  text.\n', 'A text.')).toEqual([]);
  });
});

describe('the lines of a changed entry', () => {
  it("puts the items added to one list on one line, and a renamed entry's new id first", () => {
    const base = { collection: 'bodies', file: 'content/bodies/a.mdx', data: {} } as unknown as CheckedEntry;
    const change = {
      kind: 'renamed' as const,
      before: { ...base, id: 'a' },
      after: { ...base, id: 'b' },
      text: false,
      fields: [
        { path: ['topics'], after: ref('topics', 'privacy'), item: true },
        { path: ['kind'], before: 'group', after: 'committee' },
        { path: ['topics'], after: ref('topics', 'security'), item: true },
        { path: ['topics'], before: ref('topics', 'grid'), item: true },
      ],
    };
    expect(fieldLines(change, label, label)).toEqual([
      'id: a → b',
      'topics: + PRIVACY, SECURITY',
      'kind: group → committee',
      'topics: − GRID',
    ]);
  });
});

describe('the entries a change touches', () => {
  const entry = (collection: string, id: string, data: Record<string, unknown>, text = ''): CheckedEntry =>
    ({ collection, id, file: `content/${collection}/${id}.mdx`, data, text }) as CheckedEntry;
  const beta = entry(
    'partners',
    'beta',
    { name: 'BETA', legalName: 'Beta Labs Oy', country: 'Finland' },
    'A partner that builds meters.',
  );

  it('tells a renamed entry from one removed and another added', () => {
    const moved = { ...beta, id: 'beta-labs', file: 'content/partners/beta-labs.mdx' };
    const changes = entryChanges([beta], [moved]);
    expect(changes.map((c) => c.kind)).toEqual(['renamed']);
    const other = entry('partners', 'gamma', { name: 'GAMMA', legalName: 'Gamma SA', country: 'Spain' }, 'Another.');
    expect(entryChanges([beta], [other]).map((c) => c.kind)).toEqual(['added', 'removed']);
  });

  it('lists an entry as changed by its fields or its text, and leaves the unchanged out', () => {
    const edited = { ...beta, text: 'A partner that builds smart meters.' };
    const [change] = entryChanges(
      [beta, entry('topics', 't', { name: 'T' })],
      [edited, entry('topics', 't', { name: 'T' })],
    );
    expect(change).toMatchObject({ kind: 'changed', fields: [], text: true });
    expect(entryChanges([beta], [beta])).toEqual([]);
  });
});
