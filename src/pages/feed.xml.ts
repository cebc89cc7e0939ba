/** /feed.xml: the site's RSS feed, its meetings and the changes to its pages. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/render/follow-routes';

export const GET: APIRoute = ({ site }) => feedResponse(site, undefined);
