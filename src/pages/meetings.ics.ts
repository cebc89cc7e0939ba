/** /meetings.ics: every meeting, as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../lib/build-time/follow-routes';

export const GET: APIRoute = ({ site }) => calendarResponse(site, undefined);
