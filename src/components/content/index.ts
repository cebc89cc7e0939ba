/**
 * The components content pages may use, passed to every rendered MDX page.
 * Their names and attributes are declared in src/lib/build-time/content-check/components.ts,
 * which the content check enforces; the type below keeps the two in step.
 */
import type { ContentComponentName } from '../../lib/build-time/content-check/components';
import { commonComponents } from './common';
import ReportFrontPages from './ReportFrontPages.astro';
import ReportMeetings from './ReportMeetings.astro';
import ReportSections from './ReportSections.astro';

export const contentComponents: Record<ContentComponentName, unknown> = {
  ...commonComponents,
  ReportFrontPages,
  ReportMeetings,
  ReportSections,
};
