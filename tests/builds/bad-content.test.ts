/**
 * A partner's mistakes stop the real build: a copy of the project whose
 * content is the fixture suite's small valid content with several of its
 * mistakes at once is built with `astro build`, which must fail, list every
 * problem the content check promises (tests/fixtures/bad-content/cases.yaml)
 * and leave no output behind. The valid content itself builds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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
    expect(result.code, result.output).not.toBe(0);
    output = result.output;
  }, 120_000);

  it('a build with several mistakes fails, leaves no output, and lists every problem with file, line and field', () => {
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(output).toMatch(/The content has \d+ problems/);
    for (const c of cases) for (const line of c.expect ?? []) expect(output, c.name).toContain(line);
  });

  it('the valid content builds', async () => {
    const valid = await projectWith({}, { content: BASE_CONTENT_DIR });
    const result = await astroBuild(valid, { SITE_OUT_DIR: path.join(valid, 'dist') });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(valid, 'dist/meetings/2020-03-10-tc-1/index.html'))).toBe(true);
  });
});
