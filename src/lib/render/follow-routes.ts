/**
 * The feeds and calendars of the site and of the entries whose collection
 * has them (bodies, partners): what their endpoints share. The events they
 * list are the entries of the collection whose definition has `events`
 * (meetings); which of them an entry's feed holds, its collection's
 * definition says (`follow`).
 */
import rss from '@astrojs/rss';
import { editDates, getGraph, lastChanges } from './entries';
import { nodeIn } from '../build-time/graph';
import { entryPath, entryUrls } from './urls';
import { newestFirst, updateItem, type FeedContext } from './feeds';
import {
  COLLECTION_NAMES,
  PAGE_COLLECTIONS,
  REGISTRY,
  collectionSpec,
  type CollectionName,
  type Ref,
} from '../build-time/site-collections';
import type { Events } from '../collection-api/define';
import { site } from '../../site.config';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Whose activity a feed or calendar follows: the whole site, or an entry whose collection has feeds (a body with its groups, a partner …). */
export type Followed = Ref | undefined;

/** The collection of events and what its definition makes of them; an error when the project has none. */
function eventCollection(): { collection: CollectionName; events: Events<unknown> } {
  for (const collection of COLLECTION_NAMES) {
    const { events } = collectionSpec(collection);
    if (events) return { collection, events };
  }
  throw new Error('no collection has events (`events` in its definition), so the site has no feeds or calendars');
}

async function context(siteUrl: URL | undefined): Promise<FeedContext> {
  const graph = await getGraph();
  const { url, page } = entryUrls(siteUrl);
  return { graph, url, page, editedOn: await editDates(), lastChange: await lastChanges() };
}

/** True when the entries of `collection` have a feed and a calendar each. */
export const isFollowed = (collection: CollectionName) => Boolean(collectionSpec(collection).follow);

/** The events followed, newest first, and the name and page of what is followed. */
function followed(graph: FeedContext['graph'], who: Followed) {
  if (!who) return { events: eventCollection().events.newestFirst(graph), name: site.title, page: '/' };
  const node = nodeIn(graph, who.collection, who.id);
  const events = collectionSpec(who.collection).follow?.(node, graph);
  if (!events) throw new Error(`the ${who.collection} collection has no feeds`);
  return { events, name: `${node.label}: ${site.name}`, page: entryPath(who) };
}

/** The static paths of the feeds or calendars of entries: one per entry of each collection that has them. */
export async function followedPaths() {
  const graph = await getGraph();
  return PAGE_COLLECTIONS.filter(isFollowed).flatMap((collection) =>
    [...graph[collection].keys()].map((id) => ({
      params: { collection: collectionSpec(collection).path, id },
      props: { who: { collection, id } as Ref },
    })),
  );
}

/** An RSS feed: the events followed and, for the site or the entry, its page edits. */
export async function feedResponse(siteUrl: URL | undefined, who: Followed): Promise<Response> {
  const ctx = await context(siteUrl);
  const { events, name, page } = followed(ctx.graph, who);
  const { collection, events: of } = eventCollection();
  const updates: Ref[] = who
    ? [who]
    : PAGE_COLLECTIONS.filter((c) => c !== collection).flatMap((c) =>
        [...ctx.graph[c].keys()].map((id) => ({ collection: c, id }) as Ref),
      );
  const items = newestFirst([
    ...events.map((id) => of.feedItem(nodeIn(ctx.graph, collection, id), ctx)),
    ...updates.map((ref) => updateItem(ref as Ref<(typeof PAGE_COLLECTIONS)[number]>, ctx)),
  ]);
  return rss({
    title: name,
    description: who ? `${capitalised(REGISTRY[collection].plural)} and changes of ${name}.` : site.description,
    site: ctx.url(page),
    items,
    customData: `<language>${site.locale}</language>`,
  });
}

/** An iCalendar file of the events followed. */
export async function calendarResponse(siteUrl: URL | undefined, who: Followed): Promise<Response> {
  const ctx = await context(siteUrl);
  const { events, name } = followed(ctx.graph, who);
  return new Response(eventCollection().events.calendar(events, { ...ctx, name }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}

/** The site's calendar: every event, at /<the events' path>.ics ("/meetings.ics"). */
export const siteCalendarName = () => REGISTRY[eventCollection().collection].path;

/** Where the feed and calendar of the site, a body or a partner are, as site paths, and what the events are called. */
export function followPaths(who: Followed): { feed: string; calendar: string; events: string } {
  const { plural } = REGISTRY[eventCollection().collection];
  if (!who) return { feed: '/feed.xml', calendar: `/${siteCalendarName()}.ics`, events: plural };
  const page = entryPath(who);
  return { feed: `${page}feed.xml`, calendar: `${page}calendar.ics`, events: plural };
}
