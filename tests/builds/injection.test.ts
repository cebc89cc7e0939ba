/**
 * Code hidden in the text of a page never runs, whoever wrote it
 * (tests/fixtures/injection/cases.yaml, each a way to hide it):
 * - in a pull request's pages: a copy of the project holding every case's
 *   page. The content check names each at its file and line, and the build
 *   stops on them; the dev server, which renders pages that have problems,
 *   renders every one of them. Nothing prints a canary, and no page holds
 *   the code that would run in a browser.
 * - in an issue: each case as the page text of the "Report a meeting" form.
 *   `npm run from-issue` writes nothing and names the form's label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects } from '../support/project';
import { BASE_PROJECT, baseContent } from '../support/fixtures';
import { startDev, type DevServer } from '../support/dev-server';
import { TEXT_LINE, injectionCases, injectionChanges, ranIn } from '../support/injection';
import { issueBody, option, runFromIssue } from '../support/issues';
import { ROOT } from '../support/paths';
import { checkSources } from '../../src/lib/build-time/content-check';
import { formContentOf, issueForms } from '../../src/lib/tools/issue-forms/forms';

/** Each case's problems as the check prints them: "file:line — (page text) — " and how the message begins. */
const promised = injectionCases.flatMap((c) =>
  c.expect.map((e) => `${c.file}:${TEXT_LINE + e.line - 1} — (page text) — ${e.message}`),
);

afterAll(removeProjects);

describe("a pull request's pages with code in their text", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await projectWith(injectionChanges(), BASE_PROJECT);
  }, 60_000);

  it('are refused by the content check, each by name at its line, and nothing runs', () => {
    const check = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite-node/vite-node.mjs'), 'scripts/check-content.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    const output = check.stdout + check.stderr;
    expect(check.status, output).toBe(1);
    for (const line of promised) expect(output).toContain(line);
    expect(ranIn(output)).toEqual([]);
  }, 60_000);

  it('stop the build, which runs none of them', async () => {
    const build = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(build.code, build.output).toBe(1);
    for (const line of promised) expect(build.output).toContain(line);
    expect(ranIn(build.output)).toEqual([]);
  }, 180_000);

  describe('in the dev server, which renders pages with problems', () => {
    let dev: DevServer;
    const pages = new Map<string, string>();
    beforeAll(async () => {
      dev = await startDev(dir);
      for (const c of injectionCases) {
        const response = await fetch(`${dev.url}/topics/${path.posix.basename(c.file, '.mdx')}/`);
        pages.set(c.name, `${response.status}\n${await response.text()}`);
      }
    }, 180_000);
    afterAll(() => dev?.stop());

    it('renders every page, and no code of theirs runs while it does', () => {
      for (const c of injectionCases) {
        const [status, html = ''] = (pages.get(c.name) ?? '').split(/\n([\s\S]*)/);
        expect(status, c.name).toBe('200');
        expect(cheerio.load(html)('h1').text(), c.name).toBe(`Injection ${c.n}`);
      }
      expect(ranIn(dev.output())).toEqual([]);
    });

    it('leaves no code that would run in a browser on the pages', () => {
      for (const c of injectionCases) {
        const html = pages.get(c.name) ?? '';
        expect(ranIn(html), c.name).toEqual([]);
        if (c.absent) expect(cheerio.load(html)(c.absent).length, `${c.name}: ${c.absent}`).toBe(0);
      }
    });
  });
});

describe('an issue whose page text holds code', () => {
  it('makes no file, and names the form\'s "Page text" at the line of the code', async () => {
    const dir = await projectWith({}, BASE_PROJECT);
    const meeting = issueForms(formContentOf(checkSources(await baseContent()).entries)).find(
      (f) => f.collection === 'meetings',
    )!;
    const label = meeting.body.find((item) => item.id === 'text')?.attributes.label;
    const files = () => readdirSync(path.join(dir, 'content'), { recursive: true }).map(String).sort();
    const before = files();
    for (const c of injectionCases) {
      const result = runFromIssue(
        dir,
        issueBody(meeting, {
          title: `TC 1 plenary ${c.canary.toLowerCase()}`,
          kind: 'standards-meeting',
          start: '2021-05-04',
          bodies: option(meeting, 'bodies', 'org-tc-1'),
          summary: 'The plenary of TC 1.',
          text: c.text,
        }),
      );
      expect(result.status, `${c.name}: ${result.stdout}${result.stderr}`).toBe(1);
      expect(result.stdout, c.name).toBe('');
      for (const e of c.expect) expect(result.stderr, c.name).toContain(`  ${label}, line ${e.line} — ${e.message}`);
      expect(ranIn(result.stdout + result.stderr), c.name).toEqual([]);
    }
    expect(files()).toEqual(before);
  }, 180_000);
});
