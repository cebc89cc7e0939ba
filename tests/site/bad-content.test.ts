/**
 * A partner's mistakes stop the real build: a copy of the project with one
 * broken content file is built with `astro build`, which must fail with a
 * message naming the file, the field and what was expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects, type Changes } from '../support/project';
import { BASE_CONTENT_DIR, badContentCases, caseChanges } from '../support/fixtures';

async function failedBuild(changes: Changes, options: { content?: string } = {}): Promise<string> {
  const dir = await projectWith(changes, options);
  // The output of an earlier build, which a failed build must not leave behind.
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>earlier build</title>');
  const result = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
  expect(result.code, result.output).not.toBe(0);
  // Nothing that could be deployed by mistake.
  expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  return result.output;
}

afterAll(removeProjects);

describe('the build rejects bad content', () => {
  let builds: Record<string, string>;

  beforeAll(async () => {
    builds = {
      unknownReference: await failedBuild({
        'content/meetings/2016-09-13-jrc-ispra.mdx': (s) => s.replace('  - etsi-stf-516\n', '  - etsi-stf-56\n'),
      }),
      impossibleDate: await failedBuild({
        'content/meetings/2016-09-27-etsi-smart-metering.mdx': (s) =>
          s.replace('start: "2016-09-27"', 'start: 2016-13-45'),
      }),
      missingTitle: await failedBuild({
        'content/meetings/2016-06-etsi-tc-cyber-7.mdx': (s) => s.replace(/^title: .*\n/m, ''),
      }),
      emptyFile: await failedBuild({ 'content/topics/privacy.mdx': '' }),
      all: await failedBuild({
        'content/meetings/2016-09-13-jrc-ispra.mdx': (s) => s.replace('  - etsi-stf-516\n', '  - etsi-stf-56\n'),
        'content/meetings/2016-09-27-etsi-smart-metering.mdx': (s) =>
          s.replace('start: "2016-09-27"', 'start: 2016-13-45'),
        'content/meetings/2016-06-etsi-tc-cyber-7.mdx': (s) => s.replace(/^title: .*\n/m, ''),
        'content/partners/esb.mdx': '',
      }),
    };
  }, 150_000);

  it('an unknown reference, naming file, line, field, value and the closest id', () => {
    expect(builds.unknownReference).toMatch(
      /content\/meetings\/2016-09-13-jrc-ispra\.mdx:\d+ — bodies\[0\] — unknown body "etsi-stf-56" — did you mean "etsi-stf-516"\?/,
    );
  });

  it('an impossible date written without quotes', () => {
    expect(builds.impossibleDate).toMatch(
      /content\/meetings\/2016-09-27-etsi-smart-metering\.mdx:\d+ — start — .*2016-13-45/,
    );
  });

  it('a missing title', () => {
    expect(builds.missingTitle).toMatch(
      /content\/meetings\/2016-06-etsi-tc-cyber-7\.mdx(:\d+)? — title — this required field is missing/,
    );
  });

  it('an empty file', () => {
    expect(builds.emptyFile).toMatch(/content\/topics\/privacy\.mdx — \(file\) — the file is empty/);
  });

  it('every problem at once', () => {
    expect(builds.all).toMatch(/The content has \d+ problems/);
    expect(builds.all).toContain('unknown body "etsi-stf-56"');
    expect(builds.all).toMatch(/2016-09-27-etsi-smart-metering\.mdx:\d+ — start/);
    expect(builds.all).toMatch(/2016-06-etsi-tc-cyber-7\.mdx(:\d+)? — title/);
    expect(builds.all).toMatch(/content\/partners\/esb\.mdx — \(file\) — the file is empty/);
  });
});

describe('the build agrees with the content check on the fixture suite', () => {
  it('builds the valid base content', async () => {
    const dir = await projectWith({}, { content: BASE_CONTENT_DIR });
    const result = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(dir, 'dist/meetings/2020-03-10-tc-1/index.html'))).toBe(true);
  });

  it.each(['script element', 'MDX syntax error', 'unknown front-matter key', 'import statement'])(
    'stops at: %s',
    async (name) => {
      const c = badContentCases.find((candidate) => candidate.name === name)!;
      const output = await failedBuild(caseChanges(c), { content: BASE_CONTENT_DIR });
      for (const line of c.expect!) expect(output).toContain(line);
    },
  );
});
