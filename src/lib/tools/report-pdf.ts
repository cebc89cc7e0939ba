/** The PDF of a report's assembled document: how many pages it has, and how its pages link to it. */

/** The number of pages of a PDF: the count of its page tree's root, the largest `/Count`. */
export function pdfPages(pdf: Uint8Array): number {
  const counts = [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/Count (\d+)/g),
  ].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : 0;
}

/** The paragraph that replaces a page's hidden PDF placeholder once the PDF exists. */
export function pdfLink(href: string, bytes: number, pages: number): string {
  const size =
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `<p data-report-pdf class="mt-3 text-sm"><a class="link" href="${href}" download>The report as PDF</a> (A4, ${pages} pages, ${size})</p>`;
}
