/** Partners, topics, standards, reports and the data collections: what refers to each. */
import type {
  PartnerData,
  ReportData,
  StandardData,
  TopicData,
  ReferenceData,
  ResultData,
  GlossaryData,
} from '../../schemas';
import type { LinkIndex } from './links';
import type {
  BodyNode,
  ContributionRow,
  Entry,
  GlossaryNode,
  MeetingNode,
  PartnerNode,
  ReferenceNode,
  ReportNode,
  ResultNode,
  StandardNode,
  TopicNode,
} from './types';
import { byName, groupBy, mustGet, unique } from './util';

/** Orders body ids by their labels. */
const byBodyLabel = (bodies: ReadonlyMap<string, BodyNode>) => (a: string, b: string) =>
  byName(bodies.get(a)?.label ?? a, bodies.get(b)?.label ?? b);

export function buildPartners(
  partners: readonly Entry<PartnerData>[],
  context: {
    links: LinkIndex;
    meetings: readonly MeetingNode[];
    rows: readonly ContributionRow[];
    bodies: ReadonlyMap<string, BodyNode>;
  },
): PartnerNode[] {
  const { links, bodies } = context;
  const rowsByPartner = groupBy(context.rows, (row) => row.partner.id);
  return partners.map((p) => {
    const ref = { collection: 'partners' as const, id: p.id };
    const contributions = rowsByPartner.get(p.id) ?? [];
    return {
      ...p,
      label: p.data.name,
      bodies: unique([
        ...links.from(ref, 'bodies', 'partners'),
        ...contributions.flatMap((c) => (c.body ? [c.body.id] : [])),
      ]).sort(byBodyLabel(bodies)),
      meetings: context.meetings.filter((m) => m.partners.includes(p.id)).map((m) => m.id),
      contributions,
      standards: links.from(ref, 'standards', 'partners'),
      reports: links.from(ref, 'reports', 'contributors', 'history.partner'),
    };
  });
}

export function buildTopics(
  topics: readonly Entry<TopicData>[],
  context: { links: LinkIndex; meetings: readonly MeetingNode[]; bodies: ReadonlyMap<string, BodyNode> },
): TopicNode[] {
  const { links, bodies } = context;
  return topics.map((t) => {
    const ref = { collection: 'topics' as const, id: t.id };
    return {
      ...t,
      label: t.data.name,
      bodies: links.from(ref, 'bodies', 'topics').sort(byBodyLabel(bodies)),
      standards: links.from(ref, 'standards', 'topics'),
      meetings: context.meetings.filter((m) => m.topics.includes(t.id)).map((m) => m.id),
      related: unique([...t.data.related.map((r) => r.id), ...links.from(ref, 'topics', 'related')]).filter(
        (id) => id !== t.id,
      ),
    };
  });
}

export function buildStandards(standards: readonly Entry<StandardData>[], links: LinkIndex): StandardNode[] {
  return standards.map((s) => ({
    ...s,
    label: s.data.acronym ?? s.data.name,
    bodies: unique([...(s.data.maintainer ? [s.data.maintainer.id] : []), ...s.data.bodies.map((b) => b.id)]),
    glossary: links.from({ collection: 'standards', id: s.id }, 'glossary'),
  }));
}

/** "D6.4 v1.0": a report as lists and links name it. */
export const reportLabel = (data: Pick<ReportData, 'number' | 'version'>) => `${data.number} v${data.version}`;

export function buildReports(reports: readonly Entry<ReportData>[], links: LinkIndex): ReportNode[] {
  return reports.map((r) => ({
    ...r,
    label: reportLabel(r.data),
    later: links.from({ collection: 'reports', id: r.id }, 'reports', 'supersedes'),
  }));
}

export function buildReferences(references: readonly Entry<ReferenceData>[], links: LinkIndex): ReferenceNode[] {
  return [...references]
    .sort((a, b) => a.data.number - b.data.number)
    .map((r) => ({
      ...r,
      label: `[${r.data.number}] ${r.data.title}`,
      citedBy: unique(
        links
          .to({ collection: 'references', id: r.id })
          .filter((link) => link.field === 'citations')
          .map((link) => link.from),
      ),
    }));
}

export function buildResults(
  results: readonly Entry<ResultData>[],
  bodies: ReadonlyMap<string, BodyNode>,
): ResultNode[] {
  const notes = [...bodies.values()].flatMap((b) =>
    b.data.relevance.map((r) => ({ result: r.result.id, id: b.id, quote: r.quote, note: r.note })),
  );
  const byResult = groupBy(notes, (n) => n.result);
  return results.map((r) => ({
    ...r,
    label: r.data.short ?? r.data.name,
    bodies: (byResult.get(r.id) ?? [])
      .map(({ id, quote, note }) => ({ id, quote, note }))
      .sort((a, b) => byName(mustGet(bodies, a.id).label, mustGet(bodies, b.id).label)),
  }));
}

export function buildGlossary(glossary: readonly Entry<GlossaryData>[]): GlossaryNode[] {
  return [...glossary].map((g) => ({ ...g, label: g.data.term })).sort((a, b) => byName(a.label, b.label));
}
