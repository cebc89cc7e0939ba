/** The RSS feed of one of the bodies: its meetings and the changes to its page. */
import type { APIRoute } from 'astro';
import { getEntries } from '../../../lib/entries';
import { feedResponse } from '../../../lib/follow-routes';

export async function getStaticPaths() {
  return (await getEntries('bodies')).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = ({ site, params }) => feedResponse(site, { collection: 'bodies', id: params.id ?? '' });
