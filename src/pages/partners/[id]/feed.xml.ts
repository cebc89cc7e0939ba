/** The RSS feed of one of the partners: its meetings and the changes to its page. */
import type { APIRoute } from 'astro';
import { getEntries } from '../../../lib/entries';
import { feedResponse } from '../../../lib/follow-routes';

export async function getStaticPaths() {
  return (await getEntries('partners')).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = ({ site, params }) => feedResponse(site, { collection: 'partners', id: params.id ?? '' });
