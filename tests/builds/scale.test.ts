/**
 * The scale benchmark (npm run bench:scale) cannot rot: its synthetic content
 * passes the content check with the counts it promises, and a tiny run builds
 * the project's site and the bare Astro baseline and reports every figure.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/lib/content-check';
import { composition, writeSyntheticProject } from '../../scripts/lib/synthetic';
import { ROOT, TMP } from '../support/paths';

describe('the scale benchmark', () => {
  it('writes synthetic content that passes the content check, in the proportions it promises', async () => {
    const dir = path.join(TMP, 'scale-check');
    await writeSyntheticProject(dir, 200);
    const { problems, entries } = await checkContent(ROOT, path.relative(ROOT, path.join(dir, 'content')));
    expect(problems).toEqual([]);
    const counts = composition(200);
    expect(counts.meetings).toBe(120);
    expect(counts.bodies).toBe(50);
    for (const [collection, count] of Object.entries(counts))
      expect(
        entries.filter((e) => e.collection === collection),
        collection,
      ).toHaveLength(count);
  });

  it('runs at a tiny size and reports every figure', () => {
    const json = path.join(TMP, 'scale-tiny.json');
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-scale.ts', '--sizes', '40', '--runs', '1', '--json', json],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const [row] = JSON.parse(readFileSync(json, 'utf8')) as {
      entries: number;
      site: Record<string, number> & { largestGzip: Record<string, number> };
      bare: Record<string, number>;
      ratio: number;
    }[];
    expect(row?.entries).toBe(40);
    expect(row?.site.wall).toBeGreaterThan(0);
    expect(row?.bare.wall).toBeGreaterThan(row?.bare.build ?? Infinity);
    expect(Number.isFinite(row?.ratio)).toBe(true);
    expect(row?.site.pagefind).toBeGreaterThan(0);
    expect(row?.site.beforeVite).toBeGreaterThanOrEqual(0);
    expect(row?.site.distBytes).toBeGreaterThan(row?.bare.distBytes ?? Infinity);
    expect(row?.site.largestGzip.bodies).toBeGreaterThan(0);
    expect(row?.site.largestGzip.meetings).toBeGreaterThan(0);
    expect(row?.site.firstSearchGzip).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/ratio \(wall\): \d/);
  }, 300_000);
});
