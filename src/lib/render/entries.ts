/**
 * The entries of the site, as pages use them: every collection loaded once
 * per build and the graph built from it (getGraph), the static paths of entry
 * pages (entryPages), what every entry page starts from (entryRoute), and
 * when a content file last changed (lastChangedOf).
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isValid } from './tolerant-loader';
import { buildGraph, labelOf, nodeIn, type GraphInput, type SiteGraph } from '../build-time/graph';
import type { NodeOf } from '../build-time/site-collections';
import { withoutDangling } from '../build-time/graph/dangling';
import { checkContent, type Problem } from '../build-time/content-check';
import {
  COLLECTION_NAMES,
  PAGE_COLLECTIONS,
  collectionSpec,
  hasPages,
  type PageCollectionName,
  type Ref,
} from '../build-time/site-collections';
import { fileHistories, readLog, shallowEdge, type Commit, type FileHistory } from '../build-time/history/git-log';
import { readEntryHistories, stepSummary, type EntryHistory } from '../build-time/history/entry-history';
import { contentDir } from '../build-time/project';
import { entryHead, type EntryHead } from './entry-heads';
import { entryUrls } from './urls';
import { site } from '../../site.config';

let graph: Promise<SiteGraph> | undefined;

const collections = new Map<CollectionKey, Promise<CollectionEntry<CollectionKey>[]>>();

/**
 * The entries of a collection, without those the dev server holds back until
 * they are fixed. A build reads each collection once: Astro's getCollection
 * copies every entry's data on each call, which would cost as many copies of
 * the whole content as there are pages asking.
 */
export function getEntries<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  if (import.meta.env.DEV) return getCollection(collection, isValid);
  if (!collections.has(collection)) collections.set(collection, getCollection(collection, isValid));
  return collections.get(collection) as Promise<CollectionEntry<C>[]>;
}

async function load(): Promise<SiteGraph> {
  const loaded = await Promise.all(
    COLLECTION_NAMES.map(async (name) => [name, (await getEntries(name)).map(({ id, data }) => ({ id, data }))]),
  );
  const input = Object.fromEntries(loaded) as GraphInput;
  // While content is edited, an id that leads nowhere must not break every page (see graph/dangling.ts).
  return buildGraph(import.meta.env.DEV ? withoutDangling(input).kept : input);
}

export function getGraph(): Promise<SiteGraph> {
  // The dev server sees content change between requests; a build sees it once.
  if (import.meta.env.DEV) return load();
  graph ??= load();
  return graph;
}

let commits: Commit[] | undefined;
let history: Map<string, FileHistory> | undefined;

/** The commits of the content folder, read once per build: the one `git log` both histories are made from. */
const contentLog = () => (commits ??= readLog(process.cwd(), contentDir()));

/** When each content file last changed and was added. */
const contentHistory = () => (history ??= fileHistories(contentLog(), shallowEdge(process.cwd())));

/** When a content file last changed (ISO date), from git history; undefined when unknown. */
export function lastChangedOf(filePath: string | undefined): string | undefined {
  return filePath ? contentHistory().get(filePath.replace(/^\.\//, ''))?.last : undefined;
}

/** An entry added or changed, as the history of the content tells. */
export interface ContentChange {
  ref: Ref;
  /** The day of the latest change, "YYYY-MM-DD". */
  on: string;
  /** True when that change added the entry; undefined when the history does not reach back to it. */
  added?: boolean;
  /** What the change did, in one sentence ("Changed: partners: − P3C."), when the history tells. */
  summary?: string;
}

/**
 * Every entry with a page or an anchor, with the day it last changed and what
 * that change did, newest first; empty when the history is unavailable (no
 * git, or a shallow clone that hides it). An entry of a data file is dated by
 * its own changes, not by every change of the file.
 */
export async function contentChanges(): Promise<ContentChange[]> {
  const files = contentHistory();
  const entries = await allHistories();
  const changes: ContentChange[] = [];
  for (const collection of COLLECTION_NAMES)
    for (const entry of await getEntries(collection)) {
      const ref = { collection, id: entry.id } as Ref;
      const step = entries.get(`${collection}/${entry.id}`)?.steps[0];
      const file = files.get((entry.filePath ?? '').replace(/^\.\//, ''));
      // An entry with a file of its own is dated by the file's last commit, and says what it changed when that
      // commit changed the entry (not only spacing); an entry of a shared file, by its own last change.
      if (file && hasPages(collection))
        changes.push({
          ref,
          on: file.last.slice(0, 10),
          added: file.added === undefined ? undefined : file.added === file.last,
          ...(step?.date === file.last ? { summary: stepSummary(step) } : {}),
        });
      else if (step)
        changes.push({ ref, on: step.date.slice(0, 10), added: step.kind === 'added', summary: stepSummary(step) });
    }
  return changes.sort((a, b) => b.on.localeCompare(a.on) || a.ref.id.localeCompare(b.ref.id));
}

let histories: Promise<Map<string, EntryHistory>> | undefined;

/** Every entry's history (review/history.ts), read once per process: it changes only with a commit. */
function allHistories(): Promise<Map<string, EntryHistory>> {
  histories ??= getGraph().then((graph) =>
    readEntryHistories(
      process.cwd(),
      contentDir(),
      (target) => {
        try {
          return labelOf(graph, target);
        } catch {
          return target.id;
        }
      },
      contentLog(),
    ),
  );
  return histories;
}

/** An entry's history: each change, newest first, in the words of a review. */
export async function entryHistory(ref: Ref): Promise<EntryHistory | undefined> {
  return (await allHistories()).get(`${ref.collection}/${ref.id}`);
}

/** What each entry's last edit changed, in one sentence (stepSummary), for the feeds. */
export async function lastChanges(): Promise<(ref: Ref) => string | undefined> {
  const all = await allHistories();
  return (ref) => {
    const step = all.get(`${ref.collection}/${ref.id}`)?.steps[0];
    return step && stepSummary(step);
  };
}

let edits: Promise<(ref: Ref) => string | undefined> | undefined;

/** When each entry's page was last edited, from the history of its file: for feeds and calendars. */
export function editDates(): Promise<(ref: Ref) => string | undefined> {
  if (import.meta.env.DEV) return readEditDates();
  edits ??= readEditDates();
  return edits;
}

async function readEditDates(): Promise<(ref: Ref) => string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const collection of COLLECTION_NAMES)
    for (const entry of await getEntries(collection)) files.set(`${collection}/${entry.id}`, entry.filePath);
  return (ref) => lastChangedOf(files.get(`${ref.collection}/${ref.id}`))?.slice(0, 10);
}

/** getStaticPaths() of the entry pages: one page per entry in the graph of every collection with pages, the entry as a prop. */
export async function entryPages() {
  const graph = await getGraph();
  const pages = await Promise.all(
    PAGE_COLLECTIONS.map(async (collection) =>
      (await getEntries(collection))
        .filter((entry) => graph[collection].has(entry.id))
        .map((entry) => ({
          params: { collection: collectionSpec(collection).path, id: entry.id },
          props: { collection, entry: entry as CollectionEntry<PageCollectionName> },
        })),
    ),
  );
  return pages.flat();
}

/**
 * The content check's problems, for the dev server to show on every page
 * while it runs; always empty in a build, which stops on any problem first.
 */
export async function devProblems(): Promise<Problem[]> {
  if (!import.meta.env.DEV) return [];
  return (await checkContent(process.cwd(), contentDir())).problems;
}

/**
 * What every entry page starts from: its entry, its node in the graph, its
 * rendered text, and its head (title, description, search attributes,
 * structured data …) from its collection's definition.
 */
export async function entryRoute<C extends PageCollectionName>(
  collection: C,
  entry: CollectionEntry<C>,
  siteUrl: URL | undefined,
): Promise<EntryRoute<C>> {
  const graph = await getGraph();
  const node = nodeIn(graph, collection, entry.id);
  const { Content, headings } = await render(entry);
  const text = entry.body ?? '';
  return {
    collection,
    id: entry.id,
    graph,
    node,
    data: node.data,
    Content,
    headings,
    filePath: entry.filePath,
    text,
    head: entryHead(collection, node, { graph, text, site, ...entryUrls(siteUrl) }),
  };
}

export interface EntryRoute<C extends PageCollectionName = PageCollectionName> {
  collection: C;
  id: string;
  graph: SiteGraph;
  node: NodeOf[C];
  data: NodeOf[C]['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  headings: Awaited<ReturnType<typeof render>>['headings'];
  filePath?: string;
  /** The entry's page text, as written (MDX). */
  text: string;
  head: EntryHead;
}
