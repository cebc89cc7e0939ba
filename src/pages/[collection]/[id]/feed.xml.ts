/** The RSS feed of an entry whose collection has feeds (a body, a partner): its meetings and the changes to its page. */
import type { APIRoute } from 'astro';
import { feedResponse, followedPaths, type Followed } from '../../../lib/render/follow-routes';

export const getStaticPaths = followedPaths;

export const GET: APIRoute = ({ site, props }) => feedResponse(site, (props as { who: Followed }).who);
