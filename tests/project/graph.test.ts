/**
 * The cross-link graph of this project's content (D6.4 v1.0): the relations
 * the report states, navigable both ways.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, labelOf, type GraphInput, type SiteGraph } from '../../src/lib/build-time/graph';
import { realContent, toGraphInput } from '../support/content';
import { compareDates, parsePartialDate } from '../../src/lib/pure/dates';
import { timeline } from '../../src/collections/meetings/graph';
import { organisations } from '../../src/collections/bodies/graph';

describe('the cross-link graph of the real content', () => {
  let graph: SiteGraph;
  let input: GraphInput;
  beforeAll(async () => {
    input = toGraphInput(await realContent());
    graph = buildGraph(input);
  });

  it('links the Ispra meeting and both of its bodies, both ways, keeping each body its own contributions', () => {
    const ispra = graph.meetings.get('2016-09-13-jrc-ispra')!;
    const bodies = ispra.data.bodies.map((b) => b.id);
    expect(bodies).toEqual(['etsi-stf-516', 'cenelec-tc-215']);
    for (const id of bodies) {
      const body = graph.bodies.get(id)!;
      expect(body.meetings).toContain(ispra.id);
      const own = ispra.data.contributions.filter((c) => c.body?.id === id);
      expect(own.length).toBeGreaterThan(0);
      expect(body.contributions.filter((c) => c.meeting === ispra.id).map((c) => c.text)).toEqual(
        own.map((c) => c.text),
      );
    }
  });

  it('makes every meeting reachable from each of its bodies and partners', () => {
    for (const meeting of graph.meetings.values()) {
      for (const body of meeting.data.bodies) expect(graph.bodies.get(body.id)!.meetings).toContain(meeting.id);
      for (const partner of meeting.partners) expect(graph.partners.get(partner)!.meetings).toContain(meeting.id);
      for (const c of meeting.data.contributions) {
        expect(
          graph.partners
            .get(c.partner.id)!
            .contributions.some((row) => row.meeting === meeting.id && row.text === c.text),
        ).toBe(true);
      }
    }
  });

  it('gives P3C both TC CYBER meetings and TC CYBER its partner', () => {
    const p3c = graph.partners.get('p3c')!;
    expect(p3c.meetings).toEqual(['2016-09-etsi-tc-cyber-8', '2016-06-etsi-tc-cyber-7']);
    expect(p3c.bodies).toContain('etsi-tc-cyber');
    expect(graph.bodies.get('etsi-tc-cyber')!.partners).toContain('p3c');
  });

  it('lists a parent organisation with its children and labels sub-bodies with their parent', () => {
    const etsi = graph.bodies.get('etsi')!;
    expect(etsi.children).toEqual(
      expect.arrayContaining(['etsi-tc-cyber', 'etsi-tc-m2m', 'etsi-smart-metering', 'etsi-stf-516', 'etsi-mec']),
    );
    expect(graph.bodies.get('etsi-tc-cyber')!.organisation).toBe('etsi');
    expect(graph.bodies.get('cenelec-tc-215')!.label).toBe('CENELEC TC 215');
    expect(graph.bodies.get('cenelec-tc-215')!.ancestors.at(-1)).toBe('cenelec');
    expect(organisations(graph)).not.toContain('etsi-tc-cyber');
  });

  it('orders the timeline newest first, with previous and next links that agree', () => {
    const dates = timeline(graph).map((id) => parsePartialDate(graph.meetings.get(id)!.data.start));
    expect(timeline(graph)).toHaveLength(graph.meetings.size);
    for (let i = 1; i < dates.length; i++) expect(compareDates(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(0);
    for (const meeting of graph.meetings.values()) {
      if (meeting.next) expect(graph.meetings.get(meeting.next)!.previous).toBe(meeting.id);
    }
    expect(graph.meetings.get(timeline(graph).at(-1)!)!.previous).toBeUndefined();
  });

  it('connects standards to their maintainers, and references to what cites them', () => {
    for (const standard of graph.standards.values()) {
      if (standard.data.maintainer) {
        expect(graph.bodies.get(standard.data.maintainer.id)!.standards).toContainEqual({
          id: standard.id,
          maintainer: true,
        });
      }
    }
    const cyberTor = graph.references.get('etsi-cyber-tor')!;
    expect(cyberTor.citedBy).toContainEqual({ collection: 'bodies', id: 'etsi-tc-cyber' });
    expect([...graph.references.values()].map((r) => r.data.number)).toEqual(
      Array.from({ length: graph.references.size }, (_, i) => i + 1),
    );
  });

  it('labels links from the data', () => {
    expect(labelOf(graph, { collection: 'bodies', id: 'etsi-stf-516' })).toBe('ETSI STF 516');
    expect(labelOf(graph, { collection: 'references', id: 'nobel-grid' })).toMatch(/^\[1\] /);
    expect(labelOf(graph, { collection: 'partners', id: 'dnv-gl' })).toBe('DNV GL');
  });
});
