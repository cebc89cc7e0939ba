/**
 * Each entry's history from a real git repository of the fixture content: a
 * field changed, a text edited, a partner renamed with its references, a
 * glossary entry changed in a file of many; and a shallow clone, whose
 * history stops at its edge and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEntryHistories, stepSummary } from '../../src/lib/build-time/history/entry-history';
import { ROOT } from '../support/paths';

let dir: string;
const label = (ref: { id: string }) => ref.id.toUpperCase();
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const edit = (file: string, change: (text: string) => string) => {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
};
const commit = (message: string, date: string) =>
  execFileSync('git', ['commit', '-qam', message], {
    cwd: dir,
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'entry-history-'));
  cpSync(path.join(ROOT, 'tests/fixtures/base-content'), path.join(dir, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Tester');
  git('config', 'user.email', 'tester@example.org');
  git('add', '.');
  commit('Base', '2020-01-10T09:00:00Z');
  edit('content/bodies/org-tc-1.mdx', (s) =>
    s.replace('status: contributing', 'status: promoting').replace('A committee.', 'A committee of the field.'),
  );
  commit('TC 1 promoted', '2020-02-10T09:00:00Z');
  renameSync(path.join(dir, 'content/partners/alpha.mdx'), path.join(dir, 'content/partners/alpha-gmbh.mdx'));
  for (const file of ['content/meetings/2020-03-10-tc-1.mdx', 'content/bodies/org-tc-1.mdx'])
    edit(file, (s) => s.replace(/^(\s+(?:- |partner: ))alpha$/gm, '$1alpha-gmbh'));
  git('add', '-A');
  commit('ALPHA is alpha-gmbh', '2020-03-10T09:00:00Z');
  edit('content/glossary.yaml', (s) => s.replace(/expansion: "([^"]+)"/, 'expansion: "$1 (revised)"'));
  commit('A glossary entry revised', '2020-04-10T09:00:00Z');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an entry's history", () => {
  it('lists each change of an entry, newest first, in the words of a review', () => {
    const histories = readEntryHistories(dir, 'content', label);
    const body = histories.get('bodies/org-tc-1')!;
    expect(body.complete).toBe(true);
    expect(body.steps.map((s) => [s.kind, s.date.slice(0, 10)])).toEqual([
      ['changed', '2020-03-10'],
      ['changed', '2020-02-10'],
      ['added', '2020-01-10'],
    ]);
    expect(body.steps[0]?.fields).toEqual(['partners: − ALPHA', 'partners: + ALPHA-GMBH']);
    expect(body.steps[1]?.fields).toEqual(['engagement, item 1, status: contributing → promoting']);
    expect(body.steps[1]?.text).toEqual([
      [
        { kind: 'same', text: 'A committee ' },
        { kind: 'added', text: 'of the field' },
        { kind: 'same', text: '.' },
      ],
    ]);
    expect(stepSummary(body.steps[1]!)).toBe(
      'Changed: engagement, item 1, status: contributing → promoting; the page text (1 change).',
    );
    expect(body.steps[1]?.commit).toBe(git('rev-parse', 'HEAD~2'));
  });

  it('keeps the history of an entry renamed under its new name', () => {
    const histories = readEntryHistories(dir, 'content', label);
    const partner = histories.get('partners/alpha-gmbh')!;
    expect(partner.steps.map((s) => s.kind)).toEqual(['renamed', 'added']);
    expect(partner.steps[0]?.fields).toEqual(['id: alpha → alpha-gmbh']);
    expect(histories.has('partners/alpha')).toBe(false);
  });

  it('dates an entry of a shared file by its own changes only', () => {
    const histories = readEntryHistories(dir, 'content', label);
    const changed = [...histories].filter(([key, h]) => key.startsWith('glossary/') && h.steps.length > 1);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.[1].steps[0]?.fields[0]).toMatch(/^expansion: “.*” → “.*\(revised\)”$/);
  });

  it('stops at the edge of a shallow clone, and says the history is not complete', () => {
    const shallow = mkdtempSync(path.join(tmpdir(), 'entry-history-shallow-'));
    try {
      // Three commits: the glossary's, the rename, and at the edge the status change, whose parent is not there.
      execFileSync('git', ['clone', '-q', '--depth', '3', `file://${dir}`, shallow]);
      const histories = readEntryHistories(shallow, 'content', label);
      const partner = histories.get('partners/alpha-gmbh')!;
      expect(partner.steps.map((s) => s.kind)).toEqual(['renamed']);
      expect(partner.complete).toBe(false);
      expect(histories.get('bodies/org-tc-1')?.steps.map((s) => s.date.slice(0, 10))).toEqual(['2020-03-10']);
      expect(readEntryHistories(tmpdir(), 'content', label).size).toBe(0);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
