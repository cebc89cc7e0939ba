import { describe, expect, it } from 'vitest';
import { buildGraph, labelOf, type GraphInput } from '../../src/lib/build-time/graph';
import { LinkIndex } from '../../src/lib/build-time/graph/links';
import { buildTimeline, timelinePath, timelineYears } from '../../src/collections/meetings/timeline/timeline';
import { partnersOf } from '../../src/collections/bodies/engagement/engagement';
import { COLLECTION_NAMES } from '../../src/lib/build-time/site-collections';
import { timeline, allContributions } from '../../src/collections/meetings/graph';

describe('the graph on small inputs', () => {
  const ref = <C extends string>(collection: C, id: string) => ({ collection, id }) as never;
  const empty = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as GraphInput;
  const body = (id: string, parent?: string, extra: object = {}) => ({
    id,
    data: {
      name: id.toUpperCase(),
      aliases: [],
      kind: parent ? 'working-group' : 'organisation',
      parent: parent ? ref('bodies', parent) : undefined,
      summary: 's',
      scope: [],
      relevance: [],
      engagement: [],
      partners: [],
      topics: [],
      planned: [],
      citations: [],
      sources: [],
      ambiguities: [],
      ...extra,
    },
  });
  const meeting = (id: string, start: string, bodies: string[], contributions: object[] = []) => ({
    id,
    data: {
      title: id,
      kind: 'standards-meeting',
      start,
      summary: 's',
      bodies: bodies.map((b) => ref('bodies', b)),
      partnersPresent: [],
      contributions,
      sources: [],
      ambiguities: [],
    },
  });

  it("attributes a contribution without a body to the meeting's only body", () => {
    const graph = buildGraph({
      ...empty,
      bodies: [body('org'), body('wg', 'org')] as never,
      partners: [
        { id: 'p', data: { name: 'P', aliases: [], role: 'r', people: [], sources: [], ambiguities: [] } },
      ] as never,
      meetings: [
        meeting('m', '2020-01-02', ['wg'], [{ text: 't', kind: 'presentation', partner: ref('partners', 'p') }]),
      ] as never,
    });
    expect(graph.bodies.get('wg')!.contributions).toHaveLength(1);
    expect(graph.bodies.get('wg')!.partners).toEqual(['p']);
    expect(graph.partners.get('p')!.bodies).toEqual(['wg']);
    expect(graph.bodies.get('org')!.descendants).toEqual(['wg']);
    expect(graph.bodies.get('wg')!.label).toBe('ORG WG');
    expect(allContributions(graph).map((c) => [c.meeting, c.body?.id])).toEqual([['m', 'wg']]);
  });

  it('shows related topics both ways and sorts month-only meetings after the days of that month', () => {
    const topic = (id: string, related: string[] = []) => ({
      id,
      data: { name: id, summary: 's', aliases: [], related: related.map((r) => ref('topics', r)) },
    });
    const graph = buildGraph({
      ...empty,
      bodies: [body('b')] as never,
      topics: [topic('a', ['b']), topic('b')] as never,
      meetings: [
        meeting('month', '2016-09', ['b']),
        meeting('day', '2016-09-27', ['b']),
        meeting('early', '2016-06', ['b']),
      ] as never,
    });
    expect(graph.topics.get('b')!.related).toEqual(['a']);
    expect(timeline(graph)).toEqual(['month', 'day', 'early']);
    expect(graph.bodies.get('b')!.meetings).toEqual(['month', 'day', 'early']);
  });

  it('knows a report’s later versions and labels every kind of entry', () => {
    const report = (id: string, version: string, supersedes?: string) => ({
      id,
      data: {
        number: 'D1.1',
        title: 'Report',
        version,
        supersedes: supersedes ? ref('reports', supersedes) : undefined,
        contributors: [],
        history: [],
      },
    });
    const graph = buildGraph({
      ...empty,
      reports: [report('v1', '1.0'), report('v2', '2.0', 'v1')] as never,
      bodies: [body('org'), body('wg', 'org', { acronym: 'ORG WG 7' })] as never,
    });
    expect(graph.reports.get('v1')!.later).toEqual(['v2']);
    expect(graph.reports.get('v2')!.later).toEqual([]);
    expect(labelOf(graph, { collection: 'reports', id: 'v2' })).toBe('D1.1 v2.0');
    // A sub-body whose short name already starts with its parent's is not prefixed twice.
    expect(labelOf(graph, { collection: 'bodies', id: 'wg' })).toBe('ORG WG 7');
    expect(labelOf(graph, { collection: 'topics', id: 'missing' })).toBe('missing');
  });
  it('splits the timeline by the year each meeting starts, only beyond a limit, newest year first', () => {
    const graph = buildGraph({
      ...empty,
      bodies: [body('org'), body('wg', 'org'), body('other')] as never,
      meetings: [
        meeting('a', '2016-12-30', ['wg']),
        meeting('b', '2017-03', ['org', 'other']),
        meeting('c', '2018-01-05', []),
      ] as never,
    });
    expect(timelineYears(graph)).toEqual([]);
    expect(buildTimeline(graph)?.lanes.size).toBe(3);
    const years = timelineYears(graph, 2);
    expect(years).toEqual([2018, 2017, 2016]);
    expect(timelinePath(2018, years)).toBe('/timeline/');
    expect(timelinePath(2016, years)).toBe('/timeline/2016/');
    // Each year holds the meetings that start in it, in every lane they belong to, and only the lanes in use.
    const of = (year: number) => buildTimeline(graph, year)!;
    expect([...of(2016).lanes]).toEqual([['a', ['ORG WG']]]);
    expect(of(2016).rows.map((r) => r.label)).toEqual(['ORG', 'ORG WG']);
    expect([...of(2017).lanes]).toEqual([['b', ['ORG', 'OTHER']]]);
    expect([...of(2018).lanes]).toEqual([['c', ['Project meetings']]]);
  });

  it('offers, for a page of the engagement tables, the partners linked to its bodies', () => {
    const partner = (id: string) => ({
      id,
      data: { name: id.toUpperCase(), aliases: [], role: 'r', people: [], sources: [], ambiguities: [] },
    });
    const graph = buildGraph({
      ...empty,
      bodies: [body('x', undefined, { partners: [ref('partners', 'named')] }), body('y')] as never,
      partners: [partner('named'), partner('contributor'), partner('idle')] as never,
      meetings: [
        meeting(
          'm',
          '2020-01-02',
          ['y'],
          [{ text: 't', kind: 'presentation', partner: ref('partners', 'contributor') }],
        ),
      ] as never,
    });
    expect(partnersOf(graph, ['x']).map((p) => p.id)).toEqual(['named']);
    expect(partnersOf(graph, ['y']).map((p) => p.id)).toEqual(['contributor']);
    expect(partnersOf(graph, ['x', 'y']).map((p) => p.id)).toEqual(['named', 'contributor']);
  });
});

describe('the reverse-link index', () => {
  it('finds who refers to an entry, through which field, each once and in content order', () => {
    const r = (collection: string, id: string) => ({ collection, id });
    const input = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as Record<string, unknown[]>;
    input.meetings = [
      {
        id: 'm1',
        data: { bodies: [r('bodies', 'b')], contributions: [{ partner: r('partners', 'p'), body: r('bodies', 'b') }] },
      },
      { id: 'm2', data: { bodies: [r('bodies', 'c')], contributions: [{ partner: r('partners', 'p') }] } },
    ];
    input.bodies = [{ id: 'c', data: { parent: r('bodies', 'b'), partners: [r('partners', 'p')] } }];
    const links = new LinkIndex(input as unknown as GraphInput);
    expect(links.from({ collection: 'bodies', id: 'b' }, 'meetings')).toEqual(['m1']);
    expect(links.from({ collection: 'bodies', id: 'b' }, 'meetings', 'contributions.body')).toEqual(['m1']);
    expect(links.from({ collection: 'bodies', id: 'b' }, 'bodies', 'parent')).toEqual(['c']);
    expect(links.from({ collection: 'partners', id: 'p' }, 'meetings', 'contributions.partner')).toEqual(['m1', 'm2']);
    expect(links.from({ collection: 'partners', id: 'p' }, 'bodies')).toEqual(['c']);
    expect(links.to({ collection: 'partners', id: 'nobody' })).toEqual([]);
  });
});
