/**
 * What the text of a content page may contain beyond Markdown: the project's
 * own components and a few harmless HTML elements. The content check rejects
 * everything else; CONTRIBUTING.md documents these.
 */

export interface ContentComponent {
  /** What it is for, for the documentation and error messages. */
  description: string;
  /** Allowed attributes: a list of allowed values, or null for any plain text. */
  attributes: Record<string, readonly string[] | null>;
  /** Attributes that must be given. */
  required?: readonly string[];
  example: string;
}

export const CONTENT_COMPONENTS = {
  Callout: {
    description: 'A highlighted note or warning inside the text.',
    attributes: { type: ['note', 'warning'], title: null },
    example: '<Callout type="note" title="Status">\nThe work item was accepted in March.\n</Callout>',
  },
  ReportFrontPages: {
    description:
      "In a report's text only: where the report prints its document history, its authors and its table of contents (after the executive summary). The assembled document shows them there; the report's page shows nothing.",
    attributes: {},
    example: '<ReportFrontPages />',
  },
  ReportMeetings: {
    description:
      "In a body's text only, where the report prints the body's meeting table and more text follows it: the assembled report shows the table there (without it, after the text). Give the body's own id.",
    attributes: { body: null },
    required: ['body'],
    example: '<ReportMeetings body="cenelec-tc-215" />',
  },
  ReportSections: {
    description:
      "In a report's text only: where its sections on standards bodies go (the `sections` of its front matter). The report's page lists them there; the assembled document shows each body's text, status, meetings and contributions.",
    attributes: {},
    example: '<ReportSections />',
  },
} as const satisfies Record<string, ContentComponent>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

/** Inline HTML elements that carry no risk and no layout of their own. */
export const ALLOWED_HTML = ['abbr', 'br', 'kbd', 'sub', 'sup'] as const;

/** Attributes allowed on those elements. */
export const ALLOWED_HTML_ATTRIBUTES: readonly string[] = ['title'];
