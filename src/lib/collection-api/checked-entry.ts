/**
 * An entry as the content check sees it once its file is parsed and valid:
 * where it comes from, its data (references as { collection, id }) and, for
 * a page, its text. The rules (rules/) read these.
 */
import type { CollectionName } from './types';
import type { SiteLinkAt } from '../build-time/content-check/mdx';

export interface CheckedEntry<Data = Record<string, unknown>> {
  collection: CollectionName;
  id: string;
  /** Path of the file the entry comes from. */
  file: string;
  /** Parsed data, references as { collection, id }. */
  data: Data;
  /** Path inside the file where the entry starts (the id, for YAML data files). */
  prefix?: readonly (string | number)[];
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** The MDX text after the front matter. */
  text?: string;
  /** The line of the file where the text starts. */
  textLine?: number;
  /** Links in the text to pages of the site. */
  links?: readonly SiteLinkAt[];
  /** The text's paragraphs, headings and table cells, without Markdown. */
  prose?: readonly string[];
}
