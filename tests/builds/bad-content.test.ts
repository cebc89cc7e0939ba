/**
 * A partner's mistakes stop the real build: a copy of the project whose
 * content is the fixture suite's small valid content with several of its
 * mistakes at once is built with `astro build`, which must fail with exit
 * code 1, list every problem the content check promises
 * (tests/fixtures/bad-content/cases.yaml) as a content problem, not a stack
 * trace, and leave the previous output as it was: the site built before
 * the mistakes is still served, page for page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../support/astro';
import { applyChanges, projectWith, removeProjects, type Changes } from '../support/project';
import { serve, type StaticServer } from '../support/server';
import { BASE_PROJECT, badContentCases, baseContent, caseChanges, expectedProblems } from '../support/fixtures';

/** Mistakes in different files, so that each keeps the line numbers its case expects. */
const COMBINED = [
  'impossible date without quotes',
  'unknown maintainer of a standard',
  'malformed YAML',
  'script element',
  'e-mail address',
  'wrong extension',
  'unknown standard in the glossary',
  'typographic quotes in a data file',
];
const base = await baseContent();
const cases = COMBINED.map((name) => {
  const found = badContentCases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture case "${name}"`);
  return found;
});

afterAll(removeProjects);

describe('the build and the content check agree', () => {
  let output: string;
  let dir: string;
  let server: StaticServer;
  const page = 'meetings/2020-03-10-tc-1/';
  let before: string;

  beforeAll(async () => {
    // A good build, served as a preview would serve it while a partner edits.
    dir = await projectWith({}, BASE_PROJECT);
    const good = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(good.code, good.output).toBe(0);
    server = await serve(path.join(dir, 'dist'));
    before = await (await fetch(`${server.url}${page}`)).text();
    // Then several mistakes at once, and the build again.
    await applyChanges(dir, Object.assign({}, ...cases.map(caseChanges)) as Changes);
    const result = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(result.code, result.output).toBe(1);
    output = result.output;
  }, 180_000);
  afterAll(() => server?.close());

  it('a build with several mistakes fails and lists every problem with file, line and field, as content problems', () => {
    expect(output).toMatch(/The content has \d+ problems/);
    for (const c of cases) for (const e of expectedProblems(c, base)) expect(output, c.name).toContain(e.text);
    expect(output).toMatch(/The build stopped: fix the \d+ problems above and build again\.\s*$/);
    expect(output).not.toMatch(/unhandled error|Stack trace|astro:config:setup/i);
  });

  it('the site built before it is still served as it was, and nothing half-built is left', async () => {
    expect(before).toContain('<h1');
    const response = await fetch(`${server.url}${page}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(before);
    expect((await fetch(`${server.url}bodies/org-tc-1/`)).status).toBe(200);
    expect(existsSync(path.join(dir, 'dist.partial'))).toBe(false);
  });
});
