/** What a page tells the components it renders, for the length of one page. */
declare namespace App {
  interface Locals {
    /** On a report's page or its assembled document: which report, and which view of its sections. */
    report?: { id: string; view: 'index' | 'document' };
    /** On an entry page: the sections (Section.astro) rendered so far, for its "On this page" list. */
    sections?: { id: string; title: string }[];
  }
}
