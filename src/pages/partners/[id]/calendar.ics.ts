/** The calendar of one of the partners: its meetings, to subscribe to. */
import type { APIRoute } from 'astro';
import { getEntries } from '../../../lib/entries';
import { calendarResponse } from '../../../lib/follow-routes';

export async function getStaticPaths() {
  return (await getEntries('partners')).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = ({ site, params }) =>
  calendarResponse(site, { collection: 'partners', id: params.id ?? '' });
