/**
 * The fixture suite of bad content (tests/fixtures/bad-content/cases.yaml):
 * each mistake, applied to small valid content, must be reported exactly as
 * promised — file, line, field, what is wrong, what is expected — and nothing
 * else must be reported with it. Lines are counted from the text a case
 * patches, so that a line added to the base content changes no case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSources, formatProblem, type ContentFile } from '../../src/lib/build-time/content-check';
import { applyCase, badContentCases, baseContent, expectedProblems, matches } from '../support/fixtures';

let base: ContentFile[];
beforeAll(async () => {
  base = await baseContent();
});

describe('the fixture suite of bad content', () => {
  it('starts from content that is valid', () => {
    const { problems, entries } = checkSources(base);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBeGreaterThan(10);
  });

  it('covers at least fifteen distinct mistakes, each with its expected messages', () => {
    expect(badContentCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(badContentCases.map((c) => c.name)).size).toBe(badContentCases.length);
    for (const c of badContentCases) expect(c.expect?.length, c.name).toBeGreaterThan(0);
  });

  it.each(badContentCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const problems = checkSources(applyCase(base, c)).problems.map(formatProblem);
    const expected = expectedProblems(c, base);
    // One problem for each expected, in order, and no other.
    expect(problems.length, problems.join('\n')).toBe(expected.length);
    expected.forEach((e, i) =>
      expect(problems[i], `expected ${e.prefix ? 'to start with' : ''} ${e.text}`).toSatisfy((p: string) =>
        matches(p, e),
      ),
    );
  });
});
