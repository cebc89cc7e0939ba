/** The dev server leaves out entries whose references lead nowhere, and those that depend on them. */
import { describe, expect, it } from 'vitest';
import { withoutDangling } from '../../src/lib/build-time/graph/dangling';
import { COLLECTION_NAMES, type CollectionName } from '../../src/lib/build-time/site-collections';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const empty = () =>
  Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as { id: string; data: unknown }[]])) as Record<
    CollectionName,
    { id: string; data: unknown }[]
  >;

describe('entries with dangling references', () => {
  it('leaves out an entry that names an unknown id, and the entries that name it in turn', () => {
    const input = empty();
    input.bodies = [
      { id: 'org', data: { name: 'Org' } },
      { id: 'wg', data: { parent: ref('bodies', 'orgg') } },
      { id: 'sub', data: { parent: ref('bodies', 'wg') } },
    ];
    input.meetings = [
      { id: 'm1', data: { bodies: [ref('bodies', 'org')] } },
      { id: 'm2', data: { bodies: [ref('bodies', 'sub')] } },
    ];
    const { kept, left } = withoutDangling(input);
    expect(kept.bodies.map((e) => e.id)).toEqual(['org']);
    expect(kept.meetings.map((e) => e.id)).toEqual(['m1']);
    expect(left).toEqual([ref('bodies', 'wg'), ref('bodies', 'sub'), ref('meetings', 'm2')]);
  });

  it('keeps everything when every reference resolves', () => {
    const input = empty();
    input.partners = [{ id: 'p', data: {} }];
    input.meetings = [{ id: 'm', data: { contributions: [{ partner: ref('partners', 'p') }] } }];
    const { kept, left } = withoutDangling(input);
    expect(kept).toEqual(input);
    expect(left).toEqual([]);
  });
});
