/**
 * The feeds and calendars of the site, of each body and of each partner: what
 * their endpoints share. Which meetings each one holds is decided here.
 */
import rss from '@astrojs/rss';
import { editDates, getGraph } from './entries';
import { nodeIn } from './graph';
import { absoluteUrl, entryPath } from './urls';
import { meetingCalendar } from './calendar';
import { meetingItems, newestFirst, updateItem, type FeedContext } from './feeds';
import { PAGE_COLLECTIONS, type Ref } from '../registry';
import { site } from '../site.config';

/** Whose activity a feed or calendar follows: the whole site, a body (with its groups) or a partner. */
export type Followed = { collection: 'bodies' | 'partners'; id: string } | undefined;

async function context(siteUrl: URL | undefined) {
  const graph = await getGraph();
  return { graph, url: absoluteUrl(siteUrl), editedOn: await editDates() };
}

/** The meetings followed, newest first, and the name and page of what is followed. */
function followed(graph: FeedContext['graph'], who: Followed) {
  if (!who) return { meetings: graph.timeline, name: site.title, page: '/' };
  if (who.collection === 'bodies') {
    const body = nodeIn(graph, 'bodies', who.id);
    const ids = new Set([body.id, ...body.descendants].flatMap((b) => nodeIn(graph, 'bodies', b).meetings));
    return {
      meetings: graph.timeline.filter((m) => ids.has(m)),
      name: `${body.label}: ${site.name}`,
      page: entryPath(who),
    };
  }
  const partner = nodeIn(graph, 'partners', who.id);
  return { meetings: partner.meetings, name: `${partner.label}: ${site.name}`, page: entryPath(who) };
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
