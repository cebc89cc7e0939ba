/**
 * A partner's mistakes stop the real build: a copy of the project with one
 * broken content file is built with `astro build`, which must fail with a
 * message naming the file, the field and what was expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild } from '../support/astro';
import { ROOT } from '../support/paths';

const copies: string[] = [];

/** A copy of the project whose content has the given changes (path → new text, or a function of the old). */
async function projectWith(changes: Record<string, string | ((source: string) => string)>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bad-content-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(dir, file);
    const before = existsSync(target) ? await readFile(target, 'utf8') : '';
    const after = typeof change === 'string' ? change : change(before);
    if (after === before) throw new Error(`fixture did not change ${file}`);
    await writeFile(target, after);
  }
  return dir;
}

async function failedBuild(changes: Parameters<typeof projectWith>[0]): Promise<string> {
  const dir = await projectWith(changes);
  const result = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
  expect(result.code, result.output).not.toBe(0);
  // Nothing that could be deployed by mistake.
  expect(existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
  return result.output;
}

afterAll(async () => {
  await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the build rejects bad content', () => {
  let builds: Record<string, string>;

  beforeAll(async () => {
    builds = {
      unknownReference: await failedBuild({
        'content/meetings/2016-09-13-jrc-ispra.mdx': (s) => s.replace('  - etsi-stf-516\n', '  - etsi-stf-56\n'),
      }),
      impossibleDate: await failedBuild({
        'content/meetings/2016-09-27-etsi-smart-metering.mdx': (s) => s.replace('start: "2016-09-27"', 'start: 2016-13-45'),
      }),
      missingTitle: await failedBuild({
        'content/meetings/2016-06-etsi-tc-cyber-7.mdx': (s) => s.replace(/^title: .*\n/m, ''),
      }),
      emptyFile: await failedBuild({ 'content/topics/privacy.mdx': '' }),
      all: await failedBuild({
        'content/meetings/2016-09-13-jrc-ispra.mdx': (s) => s.replace('  - etsi-stf-516\n', '  - etsi-stf-56\n'),
        'content/meetings/2016-09-27-etsi-smart-metering.mdx': (s) => s.replace('start: "2016-09-27"', 'start: 2016-13-45'),
        'content/meetings/2016-06-etsi-tc-cyber-7.mdx': (s) => s.replace(/^title: .*\n/m, ''),
        'content/partners/esb.mdx': '',
      }),
    };
  }, 150_000);

  it('an unknown reference, naming file, line, field, value and the closest id', () => {
    expect(builds.unknownReference).toMatch(/content\/meetings\/2016-09-13-jrc-ispra\.mdx:\d+ — bodies\[0\] — unknown body "etsi-stf-56" — did you mean "etsi-stf-516"\?/);
  });

  it('an impossible date written without quotes', () => {
    expect(builds.impossibleDate).toMatch(/content\/meetings\/2016-09-27-etsi-smart-metering\.mdx:\d+ — start — .*2016-13-45/);
  });

  it('a missing title', () => {
    expect(builds.missingTitle).toMatch(/content\/meetings\/2016-06-etsi-tc-cyber-7\.mdx(:\d+)? — title — this required field is missing/);
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
