import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileHistories, parseLog, readFileHistories } from '../../src/lib/build-time/history/git-log';

const log = parseLog(
  [
    '\u0000aaa1 bbb2\u00012017-03-01T10:00:00+01:00',
    '',
    'A\tcontent/meetings/b.mdx',
    'M\tcontent/bodies/x.mdx',
    '\u0000bbb2\u00012016-10-27T09:00:00+02:00',
    '',
    'A\tcontent/bodies/x.mdx',
    'A\tcontent/bodies/y.mdx',
    '',
  ].join('\n'),
);
const last = (boundary: string[] = []) =>
  new Map([...fileHistories(log, new Set(boundary))].map(([file, { last }]) => [file, last]));

describe('the content history from one git log', () => {
  it('takes the newest commit that touched each file', () => {
    const dates = last();
    expect(dates.get('content/bodies/x.mdx')).toBe('2017-03-01T10:00:00+01:00');
    expect(dates.get('content/bodies/y.mdx')).toBe('2016-10-27T09:00:00+02:00');
    expect(dates.get('content/meetings/b.mdx')).toBe('2017-03-01T10:00:00+01:00');
  });

  it('gives no date in a shallow clone to files last seen in the boundary commit', () => {
    const dates = last(['bbb2']);
    expect(dates.get('content/bodies/x.mdx')).toBe('2017-03-01T10:00:00+01:00');
    expect(dates.has('content/bodies/y.mdx')).toBe(false);
  });

  it('knows when each file was added, unless a shallow clone hides it', () => {
    const history = fileHistories(log, new Set());
    expect(history.get('content/bodies/x.mdx')).toEqual({
      last: '2017-03-01T10:00:00+01:00',
      added: '2016-10-27T09:00:00+02:00',
    });
    expect(history.get('content/meetings/b.mdx')).toEqual({
      last: '2017-03-01T10:00:00+01:00',
      added: '2017-03-01T10:00:00+01:00',
    });
    const shallow = fileHistories(log, new Set(['bbb2']));
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
    const full = readFileHistories(dir, 'content');
    expect(full.get('content/a.mdx')?.last).toMatch(/^2016-10-27/);
    expect(full.get('content/b.mdx')?.last).toMatch(/^2017-03-01/);
    expect(full.get('content/b.mdx')?.added).toMatch(/^2016-10-27/);

    const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    const cut = readFileHistories(shallow, 'content');
    expect(cut.has('content/a.mdx')).toBe(false);
    expect(cut.has('content/b.mdx')).toBe(false);
    expect(readFileHistories(tmpdir(), 'content').size).toBe(0);
  });

  it('names a renamed file under both of its paths, as the commit that renamed it names them', () => {
    const renamed = parseLog(
      '\u0000ccc3 aaa1\u00012018-01-01T00:00:00Z\n\nR090\tcontent/bodies/x.mdx\tcontent/bodies/z.mdx\n',
    );
    const history = fileHistories([...renamed, ...log], new Set());
    expect(history.get('content/bodies/z.mdx')).toEqual({
      last: '2018-01-01T00:00:00Z',
      added: '2018-01-01T00:00:00Z',
    });
    expect(history.get('content/bodies/x.mdx')).toEqual({
      last: '2018-01-01T00:00:00Z',
      added: '2016-10-27T09:00:00+02:00',
    });
  });

  it('reads the log of renames, additions, changes and deletions', () => {
    const log =
      '\u0000abc def\u00012020-01-01T00:00:00Z\n\nR087\tcontent/a.mdx\tcontent/b.mdx\nA\tcontent/c.mdx\nD\tcontent/d.mdx\nM\tcontent/e.mdx\n';
    expect(parseLog(log)).toEqual([
      {
        hash: 'abc',
        parent: 'def',
        date: '2020-01-01T00:00:00Z',
        files: [
          { status: 'R', from: 'content/a.mdx', to: 'content/b.mdx' },
          { status: 'A', to: 'content/c.mdx' },
          { status: 'D', from: 'content/d.mdx' },
          { status: 'M', from: 'content/e.mdx', to: 'content/e.mdx' },
        ],
      },
    ]);
  });
});
