/**
 * A reference as the report prints it in its list of references, on one line:
 * `[2] ETSI, “Terms of Reference …,” ETSI Portal, [Online]. Available:
 * https://…. [Accessed 30 September 2016].` or, for a printed source,
 * `[12] WELMEC, “WELMEC 1 - An Introduction - A Guide,” WELMEC Secretariat,
 * www.welmec.org, 2016.` Pure.
 */
import { formatDate, parsePartialDate } from '../../lib/pure/dates';
import type { ReferenceData } from './schema';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The reference's line, as text or as HTML with its address linked. */
export function referenceText(r: ReferenceData, format: 'text' | 'html' = 'text'): string {
  const t = format === 'html' ? escape : (text: string) => text;
  const link = (url: string) =>
    format === 'html' ? `<a class="link break-all" href="${escape(url)}" rel="external">${escape(url)}</a>` : url;
  return [
    `[${r.number}] ${t(r.author)}, “${t(r.title)},” `,
    r.publisher ? `${t(r.publisher)}, ` : '',
    r.url ? `[Online]. Available: ${link(r.url)}.` : '',
    r.year ? `${r.year}.` : '',
    r.accessed ? ` [Accessed ${formatDate(parsePartialDate(r.accessed))}].` : '',
  ]
    .join('')
    .trim();
}
