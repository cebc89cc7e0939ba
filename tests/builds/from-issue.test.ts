/**
 * A partner who has never seen YAML, through the issue forms: three issue
 * bodies written from the forms' own definitions, as GitHub writes them (a
 * valid meeting, a valid status update, a meeting with mistakes), fed to
 * `npm run from-issue` in a copy of the project. The valid ones become files
 * that pass the check and build pages linked from their bodies and partners;
 * the one with mistakes writes nothing and names each problem by its label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects } from '../support/project';
import { BASE_PROJECT, baseContent } from '../support/fixtures';
import { ROOT } from '../support/paths';
import { issueBody, option, runFromIssue } from '../support/issues';
import { checkSources } from '../../src/lib/build-time/content-check';
import { formContentOf, issueForms, type IssueForm } from '../../src/lib/tools/issue-forms/forms';

let dir: string;
let forms: IssueForm[];

const fromIssue = (body: string) => runFromIssue(dir, body);

const contentFiles = () => readdirSync(path.join(dir, 'content'), { recursive: true }).map(String).sort();

beforeAll(async () => {
  dir = await projectWith({}, BASE_PROJECT);
  forms = issueForms(formContentOf(checkSources(await baseContent()).entries));
}, 60_000);
afterAll(removeProjects);

describe('npm run from-issue', () => {
  it('makes a meeting and a status update from the forms, which build into linked pages', async () => {
    const meeting = forms.find((f) => f.collection === 'meetings')!;
    const update = forms.find((f) => f.collection === 'bodies')!;
    const made = fromIssue(
      issueBody(meeting, {
        title: 'TC 1 plenary, Lisbon',
        kind: 'standards-meeting',
        start: '2021-05-04',
        end: '2021-05-05',
        place: 'Lisbon',
        bodies: [option(meeting, 'bodies', 'org-tc-1'), option(meeting, 'bodies', 'org-wg-2')].join(', '),
        partnersPresent: option(meeting, 'partnersPresent', 'alpha'),
        summary: 'The plenary of TC 1 in Lisbon, where ALPHA presented the meter.',
        contributions:
          'alpha, org-tc-1, presentation: The meter and its first results\nalpha, org-wg-2, discussion: Requirements',
        text: 'The committee heard the first results of the meter.\n\n## What follows\n\nA contribution is planned.',
      }),
    );
    expect(made.status, made.stderr).toBe(0);
    const file = made.stdout.trim();
    expect(file).toBe('content/meetings/2021-05-04-tc-1-plenary-lisbon.mdx');
    const source = readFileSync(path.join(dir, file), 'utf8');
    expect(source).toContain('start: "2021-05-04"');
    expect(source).toContain('  - org-tc-1\n');
    expect(source).toContain('    partner: alpha\n    body: org-wg-2\n');

    const status = fromIssue(
      issueBody(update, {
        body: option(update, 'body', 'org-tc-1'),
        status: 'promoting',
        report: option(update, 'report', 'report-v1'),
        quote: 'The partners presented a contribution to TC 1',
        assessed: '2021-05',
        planned: '- A second contribution',
      }),
    );
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout.trim()).toBe('content/bodies/org-tc-1.mdx');

    const check = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite-node/vite-node.mjs'), 'scripts/check-content.ts'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(check.status, check.stderr).toBe(0);
    const out = path.join(dir, 'dist');
    const build = await astroBuild(dir, { SITE_OUT_DIR: out });
    expect(build.code, build.output).toBe(0);
    const page = (url: string) => cheerio.load(readFileSync(path.join(out, url, 'index.html'), 'utf8'));
    expect(page('meetings/2021-05-04-tc-1-plenary-lisbon/')('h1').text()).toBe('TC 1 plenary, Lisbon');
    for (const url of ['bodies/org-tc-1/', 'bodies/org-wg-2/', 'partners/alpha/'])
      expect(page(url)(`main a[href="/meetings/2021-05-04-tc-1-plenary-lisbon/"]`).length, url).toBeGreaterThan(0);
    // The body's current status is the new one, on the words of the report.
    expect(page('bodies/org-tc-1/')('main').text()).toMatch(/Promoting/);
    expect(page('bodies/org-tc-1/')('main').text()).toContain('A second contribution');
  }, 180_000);

  it('writes nothing for answers with mistakes, and names each problem by the label the partner saw', () => {
    const meeting = forms.find((f) => f.collection === 'meetings')!;
    const before = contentFiles();
    const result = fromIssue(
      issueBody(meeting, {
        title: 'TC 1 workshop',
        kind: 'workshop',
        start: '2021-05-04',
        end: '2021-05-01',
        bodies: option(meeting, 'bodies', 'org-tc-1'),
        summary: 'A workshop.',
        contributions: 'alpah, org-tc-1, presentation: Slides',
        text: 'What happened.\n\n<!-- ask Ada -->',
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('The form has 3 problems:');
    expect(result.stderr).toMatch(/ {2}Last day — .*before/);
    expect(result.stderr).toContain(
      '  Contributions, line 1 — partner — unknown partner "alpah" — did you mean "alpha"?',
    );
    expect(result.stderr).toContain('  Page text, line 3 — an HTML comment ("<!--") cannot be used in the page text');
    expect(contentFiles()).toEqual(before);
    // A date that is none, a line that is not a contribution, and a required answer left empty, the same way.
    const date = fromIssue(
      issueBody(meeting, { title: 'TC 1 workshop', kind: 'workshop', start: '2021-13-45', summary: 'A workshop.' }),
    );
    expect(date.stderr).toContain('  First day — "2021-13-45" is not a real calendar date');
    const empty = fromIssue(issueBody(meeting, { title: 'TC 1 workshop', kind: 'workshop', start: '2021-05-04' }));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('  Summary — an answer is needed');
    const line = fromIssue(
      issueBody(meeting, {
        title: 'TC 1 workshop',
        kind: 'workshop',
        start: '2021-05-04',
        summary: 'A workshop.',
        contributions: 'ALPHA presented the meter',
      }),
    );
    expect(line.stderr).toContain(
      '  Contributions, line 1 — write each contribution as "partner, body, kind: what was contributed"',
    );
    expect(existsSync(path.join(dir, 'content/meetings/2021-05-04-tc-1-workshop.mdx'))).toBe(false);
  }, 60_000);
});
