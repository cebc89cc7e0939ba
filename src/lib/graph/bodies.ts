/** Bodies: their place in the tree of organisations, and everything that refers to them. */
import type { BodyData } from '../../schemas';
import type { LinkIndex } from './links';
import type { BodyNode, ContributionRow, Entry } from './types';
import { byName, groupBy, mustGet, unique } from './util';

/** "ETSI TC CYBER": a sub-body's own short name, prefixed with its parent's unless it already starts with it. */
export function bodyLabels(bodies: ReadonlyMap<string, Entry<BodyData>>): Map<string, string> {
  const short = (id: string) => {
    const body = bodies.get(id);
    return body ? (body.data.acronym ?? body.data.name) : id;
  };
  const labels = new Map<string, string>();
  for (const body of bodies.values()) {
    const own = short(body.id);
    const parent = body.data.parent?.id;
    const prefix = parent && body.data.kind !== 'organisation' ? short(parent) : undefined;
    labels.set(body.id, !prefix || own.toLowerCase().startsWith(prefix.toLowerCase()) ? own : `${prefix} ${own}`);
  }
  return labels;
}

interface BodyContext {
  links: LinkIndex;
  labels: ReadonlyMap<string, string>;
  /** Position of each meeting on the timeline, newest first. */
  timeline: ReadonlyMap<string, number>;
  /** Every contribution, newest first, its body filled in. */
  rows: readonly ContributionRow[];
}

export function buildBodies(bodies: ReadonlyMap<string, Entry<BodyData>>, context: BodyContext): BodyNode[] {
  const { links, labels, timeline } = context;
  const byLabel = (a: string, b: string) => byName(labels.get(a) ?? a, labels.get(b) ?? b);
  const ref = (id: string) => ({ collection: 'bodies' as const, id });
  const children = (id: string) => links.from(ref(id), 'bodies', 'parent').sort(byLabel);
  const descendants = (id: string): string[] => children(id).flatMap((child) => [child, ...descendants(child)]);
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let p = bodies.get(id)?.data.parent?.id; p && !chain.includes(p); p = bodies.get(p)?.data.parent?.id) {
      chain.unshift(p);
    }
    return chain;
  };
  const rowsByBody = groupBy(context.rows, (row) => row.body?.id);

  return [...bodies.values()].map((b) => {
    const chain = ancestors(b.id);
    const contributions = rowsByBody.get(b.id) ?? [];
    const maintained = links.from(ref(b.id), 'standards', 'maintainer');
    return {
      ...b,
      label: mustGet(labels, b.id),
      ancestors: chain,
      organisation: chain[0] ?? b.id,
      children: children(b.id),
      descendants: descendants(b.id),
      meetings: links.from(ref(b.id), 'meetings', 'bodies').sort((x, y) => mustGet(timeline, x) - mustGet(timeline, y)),
      contributions,
      partners: unique([...b.data.partners.map((p) => p.id), ...contributions.map((c) => c.partner.id)]),
      standards: unique([...maintained, ...links.from(ref(b.id), 'standards', 'bodies')]).map((id) => ({
        id,
        maintainer: maintained.includes(id),
      })),
      status: b.data.engagement.at(-1),
      glossary: links.from(ref(b.id), 'glossary'),
    };
  });
}
