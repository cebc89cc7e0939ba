/**
 * npm run og-image — draws the picture shown when a page of the site is
 * shared (1200 × 630, the site configuration's shareImage) from the site
 * configuration: its eyebrow, title, tagline and funding emblem.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/chromium';
import { loadSiteConfig, publicDir } from '../src/lib/build-time/project';

const site = await loadSiteConfig();

if (!site.shareImage) {
  console.error('The site configuration names no shareImage; nothing to draw.');
  process.exit(1);
}
const { emblem } = site.funding;
const svg = emblem ? readFileSync(path.join(publicDir(), emblem.src), 'utf8') : '';
const html = `<!doctype html><html><head><style>
  body { margin: 0; width: 1200px; height: 630px; font-family: 'DejaVu Sans', sans-serif; background: #142852; color: #fff; display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box; padding: 72px 80px; }
  .kicker { color: #ffcc00; font-size: 30px; letter-spacing: 2px; text-transform: uppercase; font-weight: bold; }
  h1 { font-size: 92px; margin: 24px 0 0; line-height: 1.05; }
  p { font-size: 34px; line-height: 1.35; color: #d6e2f8; max-width: 980px; margin: 28px 0 0; }
  footer { display: flex; align-items: center; gap: 28px; font-size: 24px; color: #d6e2f8; }
  footer svg { width: 120px; height: 80px; flex: none; }
</style></head><body>
  <div><div class="kicker">${site.eyebrow ?? site.name}</div>
  <h1>${site.title}</h1>
  <p>${site.tagline}</p></div>
  <footer>${svg}<span>${emblem?.caption ?? ''}</span></footer>
</body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
const target = path.join(publicDir(), site.shareImage);
await page.screenshot({ path: target });
await browser.close();
console.log(`${target} written`);
