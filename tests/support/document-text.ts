/**
 * The text of an assembled report as a reader of the report would read it:
 * the report's words only, in the order they stand, with a space between
 * cells, items and paragraphs. Left out: the table of contents (compared on
 * its own), what the site adds (`.site-addition`) and the tables' captions.
 */
import * as cheerio from 'cheerio';

const BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, tr, caption, section, div, header, nav';

export function documentText(html: string): string {
  const $ = cheerio.load(html);
  const article = $('article.report-document');
  article.find('script, style, .doc-contents, .site-addition, caption, [hidden]').remove();
  article.find(BLOCKS).each((_, el) => {
    $(el).append(' ');
  });
  return article.text();
}

/** The entries of the assembled report's table of contents. */
export function documentContents(html: string): string[] {
  const $ = cheerio.load(html);
  return $('.doc-contents li')
    .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
    .get();
}
