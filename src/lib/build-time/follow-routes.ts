/**
 * The feeds and calendars of the site and of the entries whose collection
 * has them (bodies, partners): what their endpoints share. Which meetings an
 * entry's feed holds, its collection's definition says (`follow`).
 */
import rss from '@astrojs/rss';
import { editDates, getGraph, lastChanges } from './entries';
import { nodeIn } from './graph';
import { absoluteUrl, entryPath } from './urls';
import { meetingCalendar } from '../../collections/meetings/calendar';
import { meetingItems, newestFirst, updateItem, type FeedContext } from './feeds';
import { PAGE_COLLECTIONS, collectionSpec, type CollectionName, type Ref } from '../../collections';
import { site } from '../../site.config';

/** Whose activity a feed or calendar follows: the whole site, or an entry whose collection has feeds (a body with its groups, a partner …). */
export type Followed = Ref | undefined;

async function context(siteUrl: URL | undefined) {
  const graph = await getGraph();
  return { graph, url: absoluteUrl(siteUrl), editedOn: await editDates(), lastChange: await lastChanges() };
}

/** True when the entries of `collection` have a feed and a calendar each. */
export const isFollowed = (collection: CollectionName) => Boolean(collectionSpec(collection).follow);

/** The meetings followed, newest first, and the name and page of what is followed. */
function followed(graph: FeedContext['graph'], who: Followed) {
  if (!who) return { meetings: graph.timeline, name: site.title, page: '/' };
  const node = nodeIn(graph, who.collection, who.id);
  const meetings = collectionSpec(who.collection).follow?.(node, graph);
  if (!meetings) throw new Error(`the ${who.collection} collection has no feeds`);
  return { meetings, name: `${node.label}: ${site.name}`, page: entryPath(who) };
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

/** An RSS feed: the meetings followed and, for the site or the entry, its page edits. */
export async function feedResponse(siteUrl: URL | undefined, who: Followed): Promise<Response> {
  const ctx = await context(siteUrl);
  const { meetings, name, page } = followed(ctx.graph, who);
  const updates: (Ref | undefined)[] = who
    ? [who]
    : PAGE_COLLECTIONS.filter((c) => c !== 'meetings').flatMap((c) =>
        [...ctx.graph[c].keys()].map((id) => ({ collection: c, id }) as Ref),
      );
  const items = newestFirst([
    ...meetingItems(meetings, ctx),
    ...updates.map((ref) => (ref ? updateItem(ref as Ref<(typeof PAGE_COLLECTIONS)[number]>, ctx) : undefined)),
  ]);
  return rss({
    title: name,
    description: who ? `Meetings and changes of ${name}.` : site.description,
    site: ctx.url(page),
    items,
    customData: `<language>${site.locale}</language>`,
  });
}

/** An iCalendar file of the meetings followed. */
export async function calendarResponse(siteUrl: URL | undefined, who: Followed): Promise<Response> {
  const ctx = await context(siteUrl);
  const { meetings, name } = followed(ctx.graph, who);
  return new Response(meetingCalendar(meetings, { ...ctx, name }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}

/** Where the feed and calendar of the site, a body or a partner are, as site paths. */
export function followPaths(who: Followed): { feed: string; calendar: string } {
  if (!who) return { feed: '/feed.xml', calendar: '/meetings.ics' };
  const page = entryPath(who);
  return { feed: `${page}feed.xml`, calendar: `${page}calendar.ics` };
}
