import { describe, expect, it } from 'vitest';
import { buildGraph, labelOf, type GraphInput } from '../../src/lib/graph';
import { LinkIndex } from '../../src/lib/graph/links';
import { COLLECTION_NAMES } from '../../src/registry';

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
    expect(graph.contributions.map((c) => [c.meeting, c.body?.id])).toEqual([['m', 'wg']]);
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
    expect(graph.timeline).toEqual(['month', 'day', 'early']);
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
