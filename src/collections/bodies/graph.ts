/** Bodies: their place in the tree of organisations, and everything that refers to them. */
import type { BuildContext } from '../../lib/collection-api/define';
import type { BodyData } from './schema';
import { meetingViews, type ContributionRow } from '../meetings/graph';
import { graphView, type Entry, type Node, type SiteGraph } from '../../lib/collection-api/graph';
import { byName, groupBy, mustGet, unique } from '../../lib/pure/lists';

export interface BodyNode extends Node<BodyData> {
  /** Ancestors from the top-level organisation down to the parent. */
  ancestors: string[];
  /** The top-level organisation (the body itself when it has no parent). */
  organisation: string;
  children: string[];
  /** Every body below this one, at any depth, each after its parent. */
  descendants: string[];
  /** Meetings where the project engaged with it, newest first. */
  meetings: string[];
  /** Contributions made to it, newest first. */
  contributions: ContributionRow[];
  /** Partners engaging with it: named on the body, or contributing to it at a meeting. */
  partners: string[];
  /** Standards it maintains or that the report connects with it. */
  standards: { id: string; maintainer: boolean }[];
  /** The latest engagement assessment, if any. */
  status?: BodyData['engagement'][number];
  glossary: string[];
}

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

export function buildBodies(entries: readonly Entry<BodyData>[], context: BuildContext): BodyNode[] {
  const { links } = context;
  const bodies = context.entries('bodies');
  const labels = bodyLabels(bodies);
  const { position, contributions: rows } = meetingViews(context);
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
  const rowsByBody = groupBy(rows, (row) => row.body?.id);

  return entries.map((b) => {
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
      meetings: links.from(ref(b.id), 'meetings', 'bodies').sort((x, y) => mustGet(position, x) - mustGet(position, y)),
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

/** The label of a body's organisation (the body's own when it is one), for facets. */
export function organisationOf(graph: SiteGraph, body: string): string {
  const organisation = mustGet(graph.bodies, mustGet(graph.bodies, body, 'body').organisation, 'body');
  return organisation.label;
}

/** The top-level bodies, in name order. */
export function organisationsOf(bodies: ReadonlyMap<string, BodyNode>): string[] {
  return [...bodies.values()]
    .filter((b) => !b.data.parent)
    .sort((a, b) => byName(a.label, b.label))
    .map((b) => b.id);
}

/** Orders body ids by their labels. */
export const byBodyLabel = (bodies: ReadonlyMap<string, BodyNode>) => (a: string, b: string) =>
  byName(bodies.get(a)?.label ?? a, bodies.get(b)?.label ?? b);

/** The top-level bodies' ids, in the order of their names. */
export const organisations = graphView((graph) => organisationsOf(graph.bodies));
