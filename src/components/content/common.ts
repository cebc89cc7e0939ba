/**
 * The components that the text of any entry may use (ReportSections is a
 * report's only, the content check holds). Texts shown inside another page —
 * the bodies' texts in a report's assembled document — are rendered with
 * these, so that the document does not import itself through ReportSections.
 */
import Callout from './Callout.astro';

export const commonComponents = { Callout };
