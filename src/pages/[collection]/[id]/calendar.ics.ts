/** The calendar of an entry whose collection has calendars (a body, a partner): its meetings, to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarResponse, followedPaths, type Followed } from '../../../lib/render/follow-routes';

export const getStaticPaths = followedPaths;

export const GET: APIRoute = ({ site, props }) => calendarResponse(site, (props as { who: Followed }).who);
