/**
 * A partner's mistakes stop the real build: a copy of the project whose
 * content is the fixture suite's small valid content with several of its
 * mistakes at once is built with `astro build`, which must fail with exit
 * code 1, list every problem the content check promises
 * (tests/fixtures/bad-content/cases.yaml) as a content problem, not a stack
 * trace, and leave the previous output as it was. The valid content builds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects, type Changes } from '../support/project';
import { BASE_CONTENT_DIR, badContentCases, caseChanges } from '../support/fixtures';

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
const cases = COMBINED.map((name) => {
  const found = badContentCases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture case "${name}"`);
  return found;
});

afterAll(removeProjects);

describe('the build and the content check agree', () => {
  let output: string;
  let dir: string;

  beforeAll(async () => {
    const changes: Changes = Object.assign({}, ...cases.map(caseChanges));
    dir = await projectWith(changes, { content: BASE_CONTENT_DIR });
    // The output of an earlier build, which a failed build must not leave behind.
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>earlier build</title>');
    const result = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(result.code, result.output).toBe(1);
    output = result.output;
  }, 120_000);

  it('a build with several mistakes fails and lists every problem with file, line and field, as content problems', () => {
    expect(output).toMatch(/The content has \d+ problems/);
    for (const c of cases) for (const line of c.expect ?? []) expect(output, c.name).toContain(line);
    expect(output).toMatch(/The build stopped: fix the \d+ problems above and build again\.\s*$/);
    expect(output).not.toMatch(/unhandled error|Stack trace|astro:config:setup/i);
  });

  it('leaves the previous output as it was, and nothing half-built', () => {
    expect(readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toContain('earlier build');
    expect(existsSync(path.join(dir, 'dist.partial'))).toBe(false);
  });

  it('the valid content builds', async () => {
    const valid = await projectWith({}, { content: BASE_CONTENT_DIR });
    const result = await astroBuild(valid, { SITE_OUT_DIR: path.join(valid, 'dist') });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(valid, 'dist/meetings/2020-03-10-tc-1/index.html'))).toBe(true);
  });
});
