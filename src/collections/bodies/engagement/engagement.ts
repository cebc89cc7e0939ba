/**
 * The engagement at a glance: for each body, what each partner did there and
 * which project results it matters to. Pure: it reads the graph.
 */
import type { SiteGraph } from '../../../lib/collection-api/graph';
import type { PartnerNode } from '../../partners/collection';
import { nodeIn } from '../../../lib/collection-api/graph';
import { organisations } from '../graph';

export interface PartnerCell {
  /** Contributions the partner made to the body, as the meetings record them. */
  contributions: number;
  /** Meetings of the body where the partner made them. */
  meetings: string[];
  /** The body names the partner among those engaging with it. */
  named: boolean;
}

/** The bodies in the order of the bodies page: each organisation, then its groups. */
export const bodyRows = (graph: SiteGraph): string[] =>
  organisations(graph).flatMap((id) => [id, ...nodeIn(graph, 'bodies', id).descendants]);

/** What a partner did at a body; undefined when nothing links them. */
export function partnerCell(graph: SiteGraph, body: string, partner: string): PartnerCell | undefined {
  const node = nodeIn(graph, 'bodies', body);
  const rows = node.contributions.filter((c) => c.partner.id === partner);
  const named = node.data.partners.some((p) => p.id === partner);
  if (rows.length === 0 && !named) return undefined;
  return { contributions: rows.length, meetings: [...new Set(rows.map((r) => r.meeting))], named };
}

/** The report's words on why a body matters to a result; undefined when it does not say. */
export const resultCell = (graph: SiteGraph, body: string, result: string): string | undefined =>
  nodeIn(graph, 'bodies', body).data.relevance.find((r) => r.result.id === result)?.quote;

/** The partners linked to any of `bodies`, by contribution or by name, in the order of the partners page. */
export function partnersOf(graph: SiteGraph, bodies: readonly string[]): PartnerNode[] {
  const linked = new Set(bodies.flatMap((id) => nodeIn(graph, 'bodies', id).partners));
  return [...graph.partners.values()].filter((p) => linked.has(p.id));
}
