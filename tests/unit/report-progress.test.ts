/**
 * A second version of a report, written as content: its progress since the
 * first is found from the meetings, contributions and statuses alone.
 */
import { describe, expect, it } from 'vitest';
import { checkSources, formatProblem, type ContentFile } from '../../src/lib/build-time/content-check';
import { buildGraph, type GraphInput } from '../../src/lib/build-time/graph';
import { reportProgress } from '../../src/collections/reports/document/progress';
import { COLLECTION_NAMES } from '../../src/lib/build-time/site-collections';
import { baseContent, reportV2Changes } from '../support/fixtures';

async function withVersion2(): Promise<ContentFile[]> {
  const changes = await reportV2Changes();
  const files = (await baseContent()).map((f) => {
    const change = changes[f.path];
    return typeof change === 'function' ? { ...f, source: change(f.source) } : f;
  });
  const added = Object.entries(changes).filter(([p, c]) => typeof c === 'string' && !files.some((f) => f.path === p));
  return [...files, ...added.map(([p, source]) => ({ path: p, source: source as string }))];
}

describe('progress since the previous version of a report', () => {
  it('lists the new meeting and its contribution, the changed status and no body added or dropped', async () => {
    const { problems, entries } = checkSources(await withVersion2());
    expect(problems.map(formatProblem)).toEqual([]);
    const input = Object.fromEntries(
      COLLECTION_NAMES.map((c) => [c, entries.filter((e) => e.collection === c).map(({ id, data }) => ({ id, data }))]),
    ) as unknown as GraphInput;
    const graph = buildGraph(input);
    const progress = reportProgress(graph, 'report-v2');
    expect(progress?.previous).toBe('report-v1');
    expect(progress?.period).toEqual({ start: '2020-07-01', end: '2021-06-30' });
    expect(progress?.meetings).toEqual(['2021-02-14-tc-1-plenary']);
    expect(progress?.contributions.map((c) => c.text)).toEqual(["Presentation of the project's results."]);
    expect(progress?.changed).toEqual([
      {
        body: 'org-tc-1',
        from: 'contributing',
        to: 'promoting',
        quote: 'the partners presented the project to TC 1 again',
      },
    ]);
    // Version 1 assessed org and org-tc-1; version 2 covers org-tc-1 only.
    expect(progress?.added).toEqual([]);
    expect(progress?.dropped).toEqual(['org']);
    expect(reportProgress(graph, 'report-v1')).toBeUndefined();
  });
});
