/**
 * The cross-link graph of the site, computed once from all entries. Every
 * relation stated in one place (a meeting's bodies, a body's partners, a
 * standard's maintainer …) is navigable from both ends here, so pages only
 * ask and render.
 */
import type {
  BodyData,
  CollectionName,
  Contribution,
  EngagementStatus,
  GlossaryData,
  MeetingData,
  PartnerData,
  Ref,
  ReferenceData,
  ReportData,
  ResultData,
  StandardData,
  TopicData,
} from '../schemas';
import { compareDates, parsePartialDate, type PartialDate } from './dates';

export interface Entry<D> {
  id: string;
  data: D;
}

export interface GraphInput {
  bodies: Entry<BodyData>[];
  meetings: Entry<MeetingData>[];
  partners: Entry<PartnerData>[];
  topics: Entry<TopicData>[];
  standards: Entry<StandardData>[];
  reports: Entry<ReportData>[];
  results: Entry<ResultData>[];
  glossary: Entry<GlossaryData>[];
  references: Entry<ReferenceData>[];
}

/** A contribution with the meeting it was made at, for ledgers. */
export interface ContributionRow extends Contribution {
  meeting: string;
  start: PartialDate;
}

export interface BodyNode extends Entry<BodyData> {
  /** Heading label, prefixed with the parent's short name for sub-bodies ("ETSI TC CYBER"). */
  label: string;
  /** Ancestors from the top-level organisation down to the parent. */
  ancestors: string[];
  /** The top-level organisation (the body itself when it has no parent). */
  organisation: string;
  children: string[];
  /** Every body below this one, at any depth. */
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

export interface MeetingNode extends Entry<MeetingData> {
  start: PartialDate;
  end?: PartialDate;
  /** Partners present: those named present and every contributor. */
  partners: string[];
  /** Contributions grouped by partner, in the order of first appearance. */
  byPartner: { partner: string; contributions: Contribution[] }[];
  /** Themes of the bodies that met. */
  topics: string[];
  previous?: string;
  next?: string;
}

export interface PartnerNode extends Entry<PartnerData> {
  bodies: string[];
  meetings: string[];
  contributions: ContributionRow[];
  standards: string[];
  reports: string[];
}

export interface TopicNode extends Entry<TopicData> {
  bodies: string[];
  standards: string[];
  meetings: string[];
  /** Related both ways: topics this one names and topics that name it. */
  related: string[];
}

export interface StandardNode extends Entry<StandardData> {
  label: string;
  /** Every body connected: the maintainer first. */
  bodies: string[];
  glossary: string[];
}

export interface ReferenceNode extends Entry<ReferenceData> {
  citedBy: Ref[];
}

export interface ResultNode extends Entry<ResultData> {
  bodies: { id: string; note?: string }[];
}

export interface SiteGraph {
  bodies: Map<string, BodyNode>;
  meetings: Map<string, MeetingNode>;
  partners: Map<string, PartnerNode>;
  topics: Map<string, TopicNode>;
  standards: Map<string, StandardNode>;
  references: Map<string, ReferenceNode>;
  results: Map<string, ResultNode>;
  glossary: Map<string, Entry<GlossaryData>>;
  reports: Map<string, Entry<ReportData>>;
  /** Meetings, newest first. */
  timeline: string[];
  /** Top-level bodies, in name order. */
  organisations: string[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

function mapOf<N extends { id: string }>(nodes: N[]): Map<string, N> {
  return new Map(nodes.map((node) => [node.id, node]));
}

/** Pushes `value` to the list at `key`, creating it. */
function add<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(input: GraphInput): SiteGraph {
  const bodyData = mapOf(input.bodies);

  const shortName = (id: string) => {
    const body = bodyData.get(id);
    return body ? (body.data.acronym ?? body.data.name) : id;
  };
  const bodyLabel = (body: Entry<BodyData>) => {
    const own = body.data.acronym ?? body.data.name;
    const parent = body.data.parent?.id;
    if (!parent || body.data.kind === 'organisation') return own;
    const prefix = shortName(parent);
    return own.toLowerCase().startsWith(prefix.toLowerCase()) ? own : `${prefix} ${own}`;
  };
  const ancestorsOf = (id: string): string[] => {
    const chain: string[] = [];
    let parent = bodyData.get(id)?.data.parent?.id;
    while (parent && !chain.includes(parent)) {
      chain.unshift(parent);
      parent = bodyData.get(parent)?.data.parent?.id;
    }
    return chain;
  };

  // Meetings, oldest first, then newest first for display.
  const dated = input.meetings.map((m) => ({
    ...m,
    start: parsePartialDate(m.data.start),
    end: m.data.end ? parsePartialDate(m.data.end) : undefined,
  }));
  dated.sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id));
  const timeline = dated.map((m) => m.id).reverse();

  const meetingsOfBody = new Map<string, string[]>();
  const contributionsToBody = new Map<string, ContributionRow[]>();
  const meetingsOfPartner = new Map<string, string[]>();
  const contributionsOfPartner = new Map<string, ContributionRow[]>();
  const partnersOfBody = new Map<string, string[]>();
  const bodiesOfPartner = new Map<string, string[]>();

  const meetings: MeetingNode[] = dated.map((m, index) => {
    const bodies = m.data.bodies.map((b) => b.id);
    const contributions = m.data.contributions.map((c) => ({
      ...c,
      body: c.body ?? (bodies.length === 1 ? { collection: 'bodies' as const, id: bodies[0]! } : undefined),
    }));
    const partners = unique([...m.data.partnersPresent.map((p) => p.id), ...contributions.map((c) => c.partner.id)]);
    const byPartner = unique(contributions.map((c) => c.partner.id)).map((partner) => ({
      partner,
      contributions: contributions.filter((c) => c.partner.id === partner),
    }));
    for (const body of bodies) add(meetingsOfBody, body, m.id);
    for (const partner of partners) add(meetingsOfPartner, partner, m.id);
    for (const c of contributions) {
      const row: ContributionRow = { ...c, meeting: m.id, start: m.start };
      if (c.body) {
        add(contributionsToBody, c.body.id, row);
        add(partnersOfBody, c.body.id, c.partner.id);
        add(bodiesOfPartner, c.partner.id, c.body.id);
      }
      add(contributionsOfPartner, c.partner.id, row);
    }
    const topics = unique(bodies.flatMap((b) => bodyData.get(b)?.data.topics.map((t) => t.id) ?? []));
    return {
      id: m.id,
      data: { ...m.data, contributions },
      start: m.start,
      end: m.end,
      partners,
      byPartner,
      topics,
      previous: dated[index - 1]?.id,
      next: dated[index + 1]?.id,
    };
  });
  const newestFirst = (ids: string[] = []) => unique(ids).sort((a, b) => timeline.indexOf(a) - timeline.indexOf(b));
  const rowsNewestFirst = (rows: ContributionRow[] = []) =>
    [...rows].sort((a, b) => timeline.indexOf(a.meeting) - timeline.indexOf(b.meeting));

  for (const body of input.bodies) {
    for (const partner of body.data.partners) add(bodiesOfPartner, partner.id, body.id);
  }

  const standardsOfBody = new Map<string, { id: string; maintainer: boolean }[]>();
  const standardsOfTopic = new Map<string, string[]>();
  const standardsOfPartner = new Map<string, string[]>();
  const standards: StandardNode[] = input.standards.map((s) => {
    const maintainer = s.data.maintainer?.id;
    const bodies = unique([...(maintainer ? [maintainer] : []), ...s.data.bodies.map((b) => b.id)]);
    for (const body of bodies) add(standardsOfBody, body, { id: s.id, maintainer: body === maintainer });
    for (const topic of s.data.topics) add(standardsOfTopic, topic.id, s.id);
    for (const partner of s.data.partners) add(standardsOfPartner, partner.id, s.id);
    return { ...s, label: s.data.acronym ?? s.data.name, bodies, glossary: [] };
  });

  const glossaryOf = new Map<string, string[]>();
  for (const g of input.glossary) {
    const link = g.data.body ?? g.data.standard ?? g.data.topic ?? g.data.partner ?? g.data.result;
    if (link) add(glossaryOf, `${link.collection}/${link.id}`, g.id);
  }
  for (const s of standards) s.glossary = glossaryOf.get(`standards/${s.id}`) ?? [];

  const childrenOf = new Map<string, string[]>();
  for (const body of input.bodies) if (body.data.parent) add(childrenOf, body.data.parent.id, body.id);

  const labels = new Map(input.bodies.map((b) => [b.id, bodyLabel(b)]));
  const byLabel = (a: string, b: string) => byName(labels.get(a) ?? a, labels.get(b) ?? b);
  const descendantsOf = (id: string): string[] =>
    (childrenOf.get(id) ?? []).sort(byLabel).flatMap((child) => [child, ...descendantsOf(child)]);

  const bodies: BodyNode[] = input.bodies.map((b) => {
    const ancestors = ancestorsOf(b.id);
    return {
      ...b,
      label: labels.get(b.id)!,
      ancestors,
      organisation: ancestors[0] ?? b.id,
      children: [...(childrenOf.get(b.id) ?? [])].sort(byLabel),
      descendants: descendantsOf(b.id),
      meetings: newestFirst(meetingsOfBody.get(b.id)),
      contributions: rowsNewestFirst(contributionsToBody.get(b.id)),
      partners: unique([...b.data.partners.map((p) => p.id), ...(partnersOfBody.get(b.id) ?? [])]),
      standards: standardsOfBody.get(b.id) ?? [],
      status: b.data.engagement.at(-1),
      glossary: glossaryOf.get(`bodies/${b.id}`) ?? [],
    };
  });

  const bodiesOfTopic = new Map<string, string[]>();
  for (const b of input.bodies) for (const t of b.data.topics) add(bodiesOfTopic, t.id, b.id);
  const relatedBack = new Map<string, string[]>();
  for (const t of input.topics) for (const r of t.data.related) add(relatedBack, r.id, t.id);
  const meetingsById = mapOf(meetings);
  const topics: TopicNode[] = input.topics.map((t) => ({
    ...t,
    bodies: [...(bodiesOfTopic.get(t.id) ?? [])].sort(byLabel),
    standards: standardsOfTopic.get(t.id) ?? [],
    meetings: timeline.filter((m) => meetingsById.get(m)!.topics.includes(t.id)),
    related: unique([...t.data.related.map((r) => r.id), ...(relatedBack.get(t.id) ?? [])]).filter((id) => id !== t.id),
  }));

  const reportsOfPartner = new Map<string, string[]>();
  for (const r of input.reports) {
    for (const p of [...r.data.contributors, ...r.data.history.flatMap((h) => (h.partner ? [h.partner] : []))]) {
      add(reportsOfPartner, p.id, r.id);
    }
  }
  const partners: PartnerNode[] = input.partners.map((p) => ({
    ...p,
    bodies: unique(bodiesOfPartner.get(p.id) ?? []).sort(byLabel),
    meetings: newestFirst(meetingsOfPartner.get(p.id)),
    contributions: rowsNewestFirst(contributionsOfPartner.get(p.id)),
    standards: standardsOfPartner.get(p.id) ?? [],
    reports: unique(reportsOfPartner.get(p.id) ?? []),
  }));

  const citedBy = new Map<string, Ref[]>();
  const cite = (collection: CollectionName, id: string, refs: Ref[]) => {
    for (const r of refs) add(citedBy, r.id, { collection, id });
  };
  for (const b of input.bodies) cite('bodies', b.id, b.data.citations);
  for (const s of input.standards) cite('standards', s.id, s.data.citations);
  const references: ReferenceNode[] = [...input.references]
    .sort((a, b) => a.data.number - b.data.number)
    .map((r) => ({ ...r, citedBy: citedBy.get(r.id) ?? [] }));

  const bodiesOfResult = new Map<string, { id: string; note?: string }[]>();
  for (const b of input.bodies)
    for (const r of b.data.relevance) add(bodiesOfResult, r.result.id, { id: b.id, note: r.note });
  const results: ResultNode[] = input.results.map((r) => ({
    ...r,
    bodies: (bodiesOfResult.get(r.id) ?? []).sort((a, b) => byLabel(a.id, b.id)),
  }));

  return {
    bodies: mapOf(bodies),
    meetings: meetingsById,
    partners: mapOf(partners),
    topics: mapOf(topics),
    standards: mapOf(standards),
    references: mapOf(references),
    results: mapOf(results),
    glossary: mapOf([...input.glossary].sort((a, b) => byName(a.data.term, b.data.term))),
    reports: mapOf(input.reports),
    timeline,
    organisations: bodies
      .filter((b) => !b.data.parent)
      .map((b) => b.id)
      .sort(byLabel),
  };
}

/** The label a link to `ref` shows. */
export function labelOf(graph: SiteGraph, ref: Ref): string {
  switch (ref.collection) {
    case 'bodies':
      return graph.bodies.get(ref.id)?.label ?? ref.id;
    case 'meetings':
      return graph.meetings.get(ref.id)?.data.title ?? ref.id;
    case 'partners':
      return graph.partners.get(ref.id)?.data.name ?? ref.id;
    case 'topics':
      return graph.topics.get(ref.id)?.data.name ?? ref.id;
    case 'standards':
      return graph.standards.get(ref.id)?.label ?? ref.id;
    case 'references': {
      const r = graph.references.get(ref.id);
      return r ? `[${r.data.number}] ${r.data.title}` : ref.id;
    }
    case 'results':
      return graph.results.get(ref.id)?.data.short ?? graph.results.get(ref.id)?.data.name ?? ref.id;
    case 'glossary':
      return graph.glossary.get(ref.id)?.data.term ?? ref.id;
    case 'reports': {
      const r = graph.reports.get(ref.id);
      return r ? `${r.data.number} v${r.data.version}` : ref.id;
    }
  }
}

/** Statuses in order of closeness, with what each means, for lists and legends. */
export const STATUS_LABELS: Record<EngagementStatus, { label: string; description: string }> = {
  contributing: { label: 'Contributing', description: 'Partners attend its meetings and have brought contributions.' },
  'in-contact': { label: 'In contact', description: 'Contact is established; no contribution yet.' },
  'contact-sought': { label: 'Contact sought', description: 'The project is seeking contact with the body.' },
  planned: {
    label: 'Planned',
    description: 'The project intends to contact it, contribute or disseminate results there.',
  },
  considered: { label: 'Considered', description: 'Contributions are being considered.' },
  monitoring: { label: 'Monitoring', description: 'The project follows its work.' },
  'no-overlap': {
    label: 'No overlap identified',
    description: 'Assessed: no overlap with the project identified so far.',
  },
  listed: {
    label: 'Listed',
    description: 'Named among the bodies the partners will consider; not assessed further yet.',
  },
};
