/** The nodes of the cross-link graph: each entry with what the rest of the content says about it. */
import type { z } from 'astro/zod';
import type { CollectionName, REGISTRY, Ref } from '../../registry';
import type {
  BodyData,
  Contribution,
  GlossaryData,
  MeetingData,
  PartnerData,
  ReferenceData,
  ReportData,
  ResultData,
  StandardData,
  TopicData,
} from '../../schemas';
import type { PartialDate } from '../dates';

export interface Entry<D> {
  id: string;
  data: D;
}

/** Every node has the label a link to it shows. */
export interface Node<D> extends Entry<D> {
  label: string;
}

/** A contribution with the meeting it was made at, for ledgers. */
export interface ContributionRow extends Contribution {
  meeting: string;
  start: PartialDate;
}

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

export interface MeetingNode extends Node<MeetingData> {
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

export interface PartnerNode extends Node<PartnerData> {
  bodies: string[];
  meetings: string[];
  contributions: ContributionRow[];
  standards: string[];
  reports: string[];
}

export interface TopicNode extends Node<TopicData> {
  bodies: string[];
  standards: string[];
  meetings: string[];
  /** Related both ways: topics this one names and topics that name it. */
  related: string[];
}

export interface StandardNode extends Node<StandardData> {
  /** Every body connected: the maintainer first. */
  bodies: string[];
  glossary: string[];
}

export interface ReportNode extends Node<ReportData> {
  /** Versions that supersede this one. */
  later: string[];
}

export interface ReferenceNode extends Node<ReferenceData> {
  citedBy: Ref[];
}

export interface ResultNode extends Node<ResultData> {
  /** The bodies the result matters to, each with the report's words on why. */
  bodies: { id: string; quote: string; note?: string }[];
}

export type GlossaryNode = Node<GlossaryData>;

/** The parsed data of an entry of collection C, from its schema in the registry. */
export type DataOf<C extends CollectionName> = z.output<ReturnType<(typeof REGISTRY)[C]['schema']>>;

/** The node of each collection. */
export interface NodeOf {
  bodies: BodyNode;
  meetings: MeetingNode;
  partners: PartnerNode;
  topics: TopicNode;
  standards: StandardNode;
  reports: ReportNode;
  results: ResultNode;
  glossary: GlossaryNode;
  references: ReferenceNode;
}

export type GraphInput = { [C in CollectionName]: Entry<DataOf<C>>[] };

export type SiteGraph = { [C in CollectionName]: Map<string, NodeOf[C]> } & {
  /** Meetings, newest first. */
  timeline: string[];
  /** Every contribution, newest meeting first. */
  contributions: ContributionRow[];
  /** Top-level bodies, in name order. */
  organisations: string[];
};
