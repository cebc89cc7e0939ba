/**
 * The "On this page" list of an entry page: the second-level headings of its
 * text and of the sections after it, read from the rendered HTML.
 */

export interface TocItem {
  id: string;
  title: string;
}

const H2 = /<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g;

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every h2 with an id in `html`, in order. */
export function headingsIn(html: string): TocItem[] {
  return [...html.matchAll(H2)].map(([, id = '', title = '']) => ({ id, title: decode(title) })).filter((h) => h.title);
}

/** A page is long enough for a contents list from this many sections. */
export const TOC_MIN = 4;
