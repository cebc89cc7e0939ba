/**
 * npm run report:pdf — prints each report's assembled document
 * (/reports/<id>/document/) of the built site to an A4 PDF with headless
 * Chromium, writes it beside the page as /reports/<id>/<id>.pdf, and links it,
 * with its size and number of pages, from the report's page and document.
 * Run after `npm run build`; the build itself needs no browser.
 *
 *   SITE_OUT_DIR  the built site (default dist)
 *   SITE_BASE     the path it is served under (default /)
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from './lib/static-server';
import { launchBrowser } from './lib/chromium';
import { normaliseBase, joinBase } from '../src/lib/pure/base';
import { collectionPath } from '../src/lib/render/urls';
import { pdfLink, pdfPages } from '../src/lib/tools/report-pdf';

const dist = path.resolve(process.env.SITE_OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.SITE_BASE);
const reports = path.join(dist, collectionPath('reports'));
if (!existsSync(reports)) {
  console.error(`No built reports in ${reports}: run "npm run build" first.`);
  process.exit(1);
}
const ids = (await readdir(reports, { withFileTypes: true }))
  .filter((d) => d.isDirectory() && existsSync(path.join(reports, d.name, 'document', 'index.html')))
  .map((d) => d.name);

const server = await serve(dist, base);
const browser = await launchBrowser();
try {
  for (const id of ids) {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}${collectionPath('reports').slice(1)}${id}/document/`, {
      waitUntil: 'networkidle',
    });
    if (!response?.ok()) throw new Error(`the document of ${id} did not load (${response?.status() ?? 'no answer'})`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center;color:#444"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' },
    });
    await page.close();
    const file = path.join(reports, id, `${id}.pdf`);
    await writeFile(file, pdf);
    const { size } = await stat(file);
    const pages = pdfPages(pdf);
    const link = pdfLink(joinBase(base, `${collectionPath('reports')}${id}/${id}.pdf`), size, pages);
    for (const html of [path.join(reports, id, 'index.html'), path.join(reports, id, 'document', 'index.html')]) {
      const text = await readFile(html, 'utf8');
      // The placeholder of the build, or the link of an earlier run.
      await writeFile(html, text.replace(/<p data-report-pdf[^>]*>(?:<a [^>]*>[^<]*<\/a>[^<]*)?<\/p>/, link));
    }
    console.log(`${path.relative(process.cwd(), file)}: ${pages} pages, ${Math.round(size / 1024)} KB`);
  }
} finally {
  await browser.close();
  await server.close();
}
