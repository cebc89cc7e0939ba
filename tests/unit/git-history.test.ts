import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseGitLog, parseHistory, readLastChanged } from '../../src/lib/build-time/git-history';

const log = [
  '\u0000commit aaa1 2017-03-01T10:00:00+01:00',
  '',
  'content/meetings/b.mdx',
  'content/bodies/x.mdx',
  '\u0000commit bbb2 2016-10-27T09:00:00+02:00',
  '',
  'content/bodies/x.mdx',
  'content/bodies/y.mdx',
  '',
].join('\n');

describe('last-changed dates from git history', () => {
  it('takes the newest commit that touched each file', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/bodies/x.mdx')).toBe('2017-03-01T10:00:00+01:00');
    expect(dates.get('content/bodies/y.mdx')).toBe('2016-10-27T09:00:00+02:00');
    expect(dates.get('content/meetings/b.mdx')).toBe('2017-03-01T10:00:00+01:00');
  });

  it('gives no date in a shallow clone to files last seen in the boundary commit', () => {
    const dates = parseGitLog(log, new Set(['bbb2']));
    expect(dates.get('content/bodies/x.mdx')).toBe('2017-03-01T10:00:00+01:00');
    expect(dates.has('content/bodies/y.mdx')).toBe(false);
  });

  it('knows when each file was added, unless a shallow clone hides it', () => {
    const history = parseHistory(log);
    expect(history.get('content/bodies/x.mdx')).toEqual({
      last: '2017-03-01T10:00:00+01:00',
      added: '2016-10-27T09:00:00+02:00',
    });
    expect(history.get('content/meetings/b.mdx')).toEqual({
      last: '2017-03-01T10:00:00+01:00',
      added: '2017-03-01T10:00:00+01:00',
    });
    const shallow = parseHistory(log, new Set(['bbb2']));
    expect(shallow.get('content/bodies/x.mdx')).toEqual({ last: '2017-03-01T10:00:00+01:00', added: undefined });
    expect(shallow.has('content/bodies/y.mdx')).toBe(false);
  });

  it('reads a real repository, and a shallow clone of it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'history-'));
    const commit = (message: string, date: string) =>
      execFileSync('git', ['commit', '-qam', message], {
        cwd: dir,
        env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    execFileSync('git', ['config', 'user.name', 'Tester'], { cwd: dir });
    execFileSync('git', ['config', 'user.email', 'tester@example.org'], { cwd: dir });
    mkdirSync(path.join(dir, 'content'));
    writeFileSync(path.join(dir, 'content/a.mdx'), 'a');
    writeFileSync(path.join(dir, 'content/b.mdx'), 'b');
    execFileSync('git', ['add', '.'], { cwd: dir });
    commit('one', '2016-10-27T09:00:00Z');
    writeFileSync(path.join(dir, 'content/b.mdx'), 'b2');
    commit('two', '2017-03-01T10:00:00Z');
    const full = readLastChanged(dir, 'content');
    expect(full.get('content/a.mdx')).toMatch(/^2016-10-27/);
    expect(full.get('content/b.mdx')).toMatch(/^2017-03-01/);

    const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    const cut = readLastChanged(shallow, 'content');
    expect(cut.has('content/a.mdx')).toBe(false);
    expect(cut.has('content/b.mdx')).toBe(false);
    expect(readLastChanged(tmpdir(), 'content').size).toBe(0);
  });
});
