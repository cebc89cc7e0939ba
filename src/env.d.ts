/** What a page tells the components it renders, for the length of one page. */
declare namespace App {
  interface Locals {
    /** On a report's page or its assembled document: which report, and which view of its sections. */
    report?: {
      id: string;
      view: 'index' | 'document';
      /** In the assembled document: its table of contents, for the front pages. */
      contents?: readonly import('./collections/reports/document/document').ContentsItem[];
    };
    /** On an entry page: the sections (Section.astro) rendered so far, for its "On this page" list. */
    sections?: { id: string; title: string }[];
  }
}

/** What the content collections are told of this build by the site's integration (src/integrations/index.ts). */
declare module 'virtual:standards-site/content' {
  /** The project's content folder, relative to the root. */
  export const contentDir: string;
  /** True when entries that do not fit their schema are left out instead of stopping Astro. */
  export const tolerant: boolean;
}
