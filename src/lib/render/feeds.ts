/**
 * What the RSS feeds hold: the meetings (each once, when its page was last
 * edited, or its date when history is unknown) and the other entries as they
 * change. Pure: the pages give it the graph, the edit dates and the URLs.
 */
import type { SiteGraph } from '../build-time/graph';
import { REGISTRY, type PageCollectionName, type Ref } from '../build-time/site-collections';
import { entryPath } from './urls';
import { utcDay } from '../pure/dates';

export interface FeedItem {
  title: string;
  /** Absolute address of the page. */
  link: string;
  pubDate: Date;
  description: string;
}

export interface FeedContext {
  graph: SiteGraph;
  /** Absolute URL of a site path. */
  url: (path: string) => string;
  /** Absolute URL of an entry's page. */
  page: (ref: Ref) => string;
  /** When an entry's page was last edited ("YYYY-MM-DD"), from the history of the content; undefined when unknown. */
  editedOn: (ref: Ref) => string | undefined;
  /** What its last edit changed, in words ("Changed: partners: − P3C."); undefined when unknown. */
  lastChange?: (ref: Ref) => string | undefined;
}

/** An entry that is not an event, when its page was last edited; undefined when that is unknown. */
export function updateItem(
  ref: Ref<PageCollectionName>,
  { graph, url, editedOn, lastChange }: FeedContext,
): FeedItem | undefined {
  const on = editedOn(ref);
  if (!on) return undefined;
  const node = graph[ref.collection].get(ref.id) as
    { label: string; data: { summary?: string; role?: string; abstract?: string } } | undefined;
  if (!node) return undefined;
  const { noun } = REGISTRY[ref.collection];
  return {
    title: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} updated: ${node.label}`,
    link: url(entryPath(ref)),
    pubDate: utcDay(on),
    // What changed, then what the entry is.
    description: [lastChange?.(ref), node.data.summary ?? node.data.role ?? node.data.abstract]
      .filter(Boolean)
      .join(' '),
  };
}

/** Newest first, at most `max`. */
export const newestFirst = (items: readonly (FeedItem | undefined)[], max = 50): FeedItem[] =>
  items
    .filter((i): i is FeedItem => i !== undefined)
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title))
    .slice(0, max);
