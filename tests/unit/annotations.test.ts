import { describe, expect, it } from 'vitest';
import { annotations, workflowCommand, type Problem } from '../../src/lib/build-time/content-check';

const problem: Problem = {
  file: 'content/meetings/2016-09-13, ispra.mdx',
  line: 7,
  field: 'contributions, item 2, partner',
  message: 'there is no partner "p3k" — did you mean "p3c"?\nwrite: p3c (100 % sure)',
};

describe('problems as GitHub workflow commands', () => {
  it('names the file, the line and the field, escaping what GitHub reads as syntax', () => {
    expect(workflowCommand(problem)).toBe(
      '::error file=content/meetings/2016-09-13%2C ispra.mdx,line=7,title=Content check%3A contributions%2C item 2%2C partner::there is no partner "p3k" — did you mean "p3c"?%0Awrite: p3c (100 %25 sure)',
    );
  });

  it('makes a warning a warning, and leaves out a line it does not know', () => {
    expect(workflowCommand({ file: 'content/x.mdx', field: '(file)', message: 'm', severity: 'warning' })).toBe(
      '::warning file=content/x.mdx,title=Content check%3A (file)::m',
    );
  });

  it('prints them only in GitHub Actions', () => {
    expect(annotations([problem, problem], { GITHUB_ACTIONS: 'true' }).split('\n')).toHaveLength(2);
    expect(annotations([problem], {})).toBe('');
    expect(annotations([problem], { GITHUB_ACTIONS: 'false' })).toBe('');
  });
});
