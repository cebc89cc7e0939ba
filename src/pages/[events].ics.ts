/** /<events>.ics (/meetings.ics): every event of the site, as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarResponse, siteCalendarName } from '../lib/render/follow-routes';

export const getStaticPaths = () => [{ params: { events: siteCalendarName() } }];

export const GET: APIRoute = ({ site }) => calendarResponse(site, undefined);
