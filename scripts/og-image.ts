/**
 * npm run og-image — draws public/og-image.png (1200 × 630), the picture
 * shown when a page of the site is shared, from the site configuration.
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser';
import { site } from '../src/site.config';

const emblem = readFileSync('public/eu-emblem.svg', 'utf8');
const html = `<!doctype html><html><head><style>
  body { margin: 0; width: 1200px; height: 630px; font-family: 'DejaVu Sans', sans-serif; background: #142852; color: #fff; display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box; padding: 72px 80px; }
  .kicker { color: #ffcc00; font-size: 30px; letter-spacing: 2px; text-transform: uppercase; font-weight: bold; }
  h1 { font-size: 92px; margin: 24px 0 0; line-height: 1.05; }
  p { font-size: 34px; line-height: 1.35; color: #d6e2f8; max-width: 980px; margin: 28px 0 0; }
  footer { display: flex; align-items: center; gap: 28px; font-size: 24px; color: #d6e2f8; }
  footer svg { width: 120px; height: 80px; flex: none; }
</style></head><body>
  <div><div class="kicker">${site.funding.programme} · grant agreement ${site.funding.grantAgreement}</div>
  <h1>${site.title}</h1>
  <p>${site.tagline}</p></div>
  <footer>${emblem}<span>Funded by the European Union</span></footer>
</body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('public/og-image.png written');
