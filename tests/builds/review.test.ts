/**
 * A pull request as a reviewer sees it: a git repository made from a copy
 * of the project, with a base commit and several commits after it (a meeting
 * added, a status changed, a partner renamed, a topic removed, a page's text
 * edited), reviewed with `npm run review -- --base <base>`; then a mistake
 * committed on top, named at its line by the review and, in GitHub Actions,
 * by `npm run check:content` as an annotation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { applyChanges, projectWith, removeProjects, type Changes } from '../support/project';
import { BASE_PROJECT } from '../support/fixtures';
import { ROOT } from '../support/paths';

const VITE_NODE = path.join(ROOT, 'node_modules/vite-node/vite-node.mjs');
const PREVIEW = 'https://preview.example.org/pr-12/';
const MEETING = 'content/meetings/2020-06-02-tc-1-second.mdx';

let dir: string;
let base: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const commit = async (message: string, changes: Changes) => {
  await applyChanges(dir, changes);
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [VITE_NODE, script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
const review = () => {
  const result = run('scripts/review.ts', ['--base', base, '--site-url', PREVIEW]);
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
};

beforeAll(async () => {
  // The base: the fixture project, with a second partner and a topic nothing refers to yet.
  dir = await projectWith(
    {
      'content/partners/beta.mdx': `---\nname: "BETA"\nlegalName: "Beta Labs Oy"\ncountry: "Finland"\nrole: "Builds the meters."\n---\n\nA partner.\n`,
      'content/topics/privacy.mdx': `---\nname: "Privacy"\nsummary: "Privacy of the data meters send."\n---\n\nA theme.\n`,
    },
    BASE_PROJECT,
  );
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'reviewer@example.org');
  git('config', 'user.name', 'Reviewer');
  git('add', '-A');
  git('commit', '-q', '-m', 'Base');
  base = git('rev-parse', 'HEAD');

  await commit('A meeting', {
    [MEETING]: `---
title: "TC 1 second meeting"
kind: standards-meeting
start: "2020-06-02"
place: "Helsinki"
summary: "The second meeting of TC 1."
bodies:
  - org-tc-1
partnersPresent:
  - alpha
  - beta
contributions:
  - text: "Presentation of the meter's first results."
    kind: presentation
    partner: alpha
    body: org-tc-1
sources:
  - report: report-v1
    section: "2.1"
---

The committee heard the project's first results.
`,
  });
  await commit('TC 1 is promoted, no longer contributed to', {
    'content/bodies/org-tc-1.mdx': (s) => s.replace('status: contributing', 'status: promoting'),
  });
  // A partner renamed as a partner would: the file moved and every reference to it changed.
  await rename(path.join(dir, 'content/partners/beta.mdx'), path.join(dir, 'content/partners/beta-labs.mdx'));
  await commit('BETA is beta-labs', { [MEETING]: (s) => s.replace('  - beta\n', '  - beta-labs\n') });
  await commit('No privacy topic', { 'content/topics/privacy.mdx': null });
  await commit('More on TC 1', {
    'content/bodies/org-tc-1.mdx': (s) =>
      s.replace('A committee.', 'A committee that writes the standards of the field.'),
  });
}, 120_000);
afterAll(removeProjects);

describe('npm run review', () => {
  it('names each change in the words of the content, the pages it shows on, and the verdict', () => {
    const text = review();
    // The new meeting with its date, its body and each contribution.
    expect(text).toContain('### Added (1)');
    expect(text).toContain(`- Meeting **TC 1 second meeting** — [page](${PREVIEW}meetings/2020-06-02-tc-1-second/)`);
    expect(text).toContain('  - start: 2020-06-02');
    expect(text).toContain('  - bodies: ESO TC 1');
    expect(text).toContain('  - partnersPresent: ALPHA; BETA');
    expect(text).toMatch(
      / {4}- 1\. text: “Presentation of the meter's first results\.”, kind: presentation, partner: ALPHA, body: ESO TC 1/,
    );
    // The status, before → after, and the page text as a word diff.
    expect(text).toContain(`- Body **ESO TC 1** — [page](${PREVIEW}bodies/org-tc-1/)`);
    expect(text).toContain('  - engagement, item 1, status: contributing → promoting');
    expect(text).toContain('  - page text:\n    - A committee **that writes the standards of the field**.');
    // The partner renamed, not removed and added; the topic removed.
    expect(text).toContain('### Renamed (1)');
    expect(text).toContain('- Partner **BETA**');
    expect(text).toContain('  - id: beta → beta-labs (`content/partners/beta-labs.mdx`)');
    expect(text).toContain('### Removed (1)');
    expect(text).toContain('- Topic **Privacy**');
    expect(text).not.toContain('### Cannot be read');
    // The pages: the entries' own, their lists, and those that show them (the meeting on its partners' pages).
    for (const page of [
      'meetings/2020-06-02-tc-1-second/',
      'bodies/org-tc-1/',
      'partners/alpha/',
      'partners/beta-labs/',
      'meetings/',
      'topics/',
    ])
      expect(text).toContain(`](${PREVIEW}${page})`);
    expect(text).toMatch(/✅ Passed: \d+ entries checked\./);
  });

  it('checks the pages the change shows on: built, linked, valid, accessible and in the search index', () => {
    const result = run('scripts/check-changes.ts', ['--base', base]);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/the change shows on \d+ pages/);
    expect(result.stdout).toMatch(
      /checked (\d+) pages the change shows on: links, HTML, accessibility \(light and dark\), search index — all pass/,
    );
    expect(Number(/checked (\d+) pages/.exec(result.stdout)?.[1])).toBeGreaterThan(5);
  }, 180_000);

  it('names a mistake at its file and line, in the review and as an annotation in GitHub Actions', async () => {
    // A misspelt reference, and a topic whose summary is gone: the topic cannot be read at all.
    await commit('Mistakes', {
      [MEETING]: (s) => s.replace('    partner: alpha\n', '    partner: alpah\n'),
      'content/topics/security.mdx': (s) => s.replace(/^summary: .*\n/m, ''),
    });
    const line = readFileSync(path.join(dir, MEETING), 'utf8').split('\n').indexOf('    partner: alpah') + 1;
    expect(line).toBeGreaterThan(1);
    const text = review();
    expect(text).toContain('❌ 2 problems to fix before this can be merged:');
    expect(text).toContain(
      `- \`${MEETING}:${line} — contributions, item 1, partner — unknown partner "alpah" — did you mean "alpha"?\``,
    );
    expect(text).toMatch(/- `content\/topics\/security\.mdx:\d+ — summary — /);
    // The topic is not reported as removed while it cannot be read.
    expect(text).toContain('### Cannot be read until its problems are fixed (1)\n\n- `content/topics/security.mdx`');
    expect(text).not.toContain('- Topic **Security**');

    const plain = run('scripts/check-content.ts', []);
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('::error');
    const inActions = run('scripts/check-content.ts', [], { GITHUB_ACTIONS: 'true' });
    expect(inActions.status).toBe(1);
    expect(inActions.stdout).toContain(
      `::error file=${MEETING},line=${line},title=Content check%3A contributions%2C item 1%2C partner::unknown partner "alpah" — did you mean "alpha"?`,
    );
    // The fast check stops at the content check, before building.
    const fast = run('scripts/check-changes.ts', ['--base', base], { GITHUB_ACTIONS: 'true' });
    expect(fast.status).toBe(1);
    expect(fast.stdout).toContain(`::error file=${MEETING},line=${line},`);
    expect(fast.stdout).not.toContain('built');
    // The plain list is printed as well.
    expect(inActions.stderr).toContain(`${MEETING}:${line} — contributions, item 1, partner — unknown partner "alpah"`);
  });
});
