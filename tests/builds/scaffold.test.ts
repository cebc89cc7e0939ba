/**
 * Tried as a partner would: a meeting added with `npm run new` builds at once
 * and appears on its body's and its partner's pages, on the timeline and in
 * search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { launchBrowser } from '../support/browser';
import { projectWith, removeProjects } from '../support/project';
import { serve } from '../support/server';
import { ROOT } from '../support/paths';
import { BASE_PROJECT } from '../support/fixtures';

let dir: string;
let output: string;
const title = 'TC 1 plenary Sophia Antipolis';
const id = '2021-02-14-tc-1-plenary-sophia-antipolis';

beforeAll(async () => {
  dir = await projectWith({}, BASE_PROJECT);
  output = execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite-node/vite-node.mjs'),
      'scripts/new.ts',
      'meeting',
      '--title',
      title,
      '--start',
      '2021-02-14',
      '--end',
      '2021-02-16',
      '--bodies',
      'org-tc-1',
      '--partners',
      'alpha',
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // As a partner would: the build refuses the words left to write, then builds once they are written.
  const file = path.join(dir, 'content/meetings', `${id}.mdx`);
  const refused = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
  expect(refused.code).toBe(1);
  expect(refused.output).toContain(`content/meetings/${id}.mdx:19 — summary — still holds the words`);
  expect(refused.output).toMatch(/\(page text\) — still holds the words/);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^summary: .*$/m, 'summary: "The TC 1 plenary in Sophia Antipolis."')
      .replace(/^Describe the meeting here.*$/m, 'The committee met for three days.'),
  );
  const build = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
  if (build.code !== 0) throw new Error(build.output);
}, 120_000);
afterAll(removeProjects);

const page = (url: string) => cheerio.load(readFileSync(path.join(dir, 'dist', url, 'index.html'), 'utf8'));

describe('a meeting added with the scaffolder', () => {
  it('is written with the right name and quoted dates', () => {
    expect(output).toContain(`Wrote content/meetings/${id}.mdx`);
    const source = readFileSync(path.join(dir, 'content/meetings', `${id}.mdx`), 'utf8');
    expect(source).toContain('start: "2021-02-14"');
    expect(source).toContain('end: "2021-02-16"');
    expect(source).toMatch(/^# .*$/m);
  });

  it('has its page, and appears on its body, its partner and the timeline', () => {
    expect(page(`meetings/${id}`)('main h1').text()).toBe(title);
    const link = `/meetings/${id}/`;
    for (const url of ['bodies/org-tc-1', 'partners/alpha', 'meetings', '']) {
      const $ = page(url);
      expect($(`main a[href="${link}"]`).length, url).toBeGreaterThan(0);
    }
  });

  it('is found by search', async () => {
    const server = await serve(path.join(dir, 'dist'), '/');
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}search/?q=${encodeURIComponent('Sophia Antipolis')}`);
      const first = tab.locator('[data-search-results] > li').first();
      await first.waitFor({ timeout: 10_000 });
      expect(await first.getAttribute('data-url')).toBe(`/meetings/${id}/`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('answers piped to the scaffolder', () => {
  /** Runs `npm run new -- meeting` with `answers` as standard input, as `… < answers.txt` does. */
  const piped = (answers: string[]) => {
    const file = path.join(dir, 'answers.txt');
    writeFileSync(file, `${answers.join('\n')}\n`);
    const viteNode = path.join(ROOT, 'node_modules/vite-node/vite-node.mjs');
    return spawnSync('sh', ['-c', `"${process.execPath}" "${viteNode}" scripts/new.ts meeting < answers.txt`], {
      cwd: dir,
      encoding: 'utf8',
    });
  };

  it('takes one line per question, and says what an empty kind became', () => {
    const run = piped(['TC 1 interim', '2021-05-04', '', 'org-tc-1', 'alpha', '', 'Online']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kind: standards-meeting (bodies were given)');
    const written = readFileSync(path.join(dir, 'content/meetings/2021-05-04-tc-1-interim.mdx'), 'utf8');
    expect(written).toMatch(/^kind: standards-meeting$/m);
    expect(written).toMatch(/^place: "Online"$/m);
    expect(written).toContain('  - org-tc-1');
  });

  it('says which answers do not fit, all of them, and writes nothing', () => {
    const run = piped(['TC 1 second interim', '2021-02-30', '', 'org-tc1, org-wg2', 'alpah']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('line 2 (start): "2021-02-30" is not a real calendar date');
    expect(run.stderr).toContain(
      'line 4 (bodies): "org-tc1" is not a known id — did you mean "org-tc-1"?; "org-wg2" is not a known id — did you mean "org-wg-2"?',
    );
    expect(run.stderr).toContain('line 5 (partnersPresent): "alpah" is not a known id — did you mean "alpha"?');
    expect(run.stdout).not.toContain('Wrote');
  });
});
