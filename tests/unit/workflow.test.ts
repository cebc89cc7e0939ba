/**
 * The GitHub Actions workflow cannot run here; this reads it with a real YAML
 * parser and checks that pull requests run exactly what CI runs (.ci/run),
 * and that main deploys dist/ to GitHub Pages with the site's URL and base.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  container?: string;
  steps: Step[];
  permissions?: Record<string, string>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/site.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  concurrency: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const ciRun = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** Commands of a shell script, without comments and blank lines. */
const commands = (script: string) =>
  script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

describe('the GitHub Actions workflow', () => {
  it('runs on every pull request and on main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
  });

  it('never cancels a run on main, where a deploy may be under way', () => {
    expect(workflow.concurrency['cancel-in-progress']).toBe("${{ github.ref != 'refs/heads/main' }}");
  });

  it('runs .ci/run on pull requests, in Debian with Node 20 as CI does', () => {
    const test = workflow.jobs.test!;
    expect(test.if).toBeUndefined();
    expect(test.container).toMatch(/^node:20-bookworm/);
    const runs = test.steps.flatMap((step) => (step.run ? commands(step.run) : []));
    expect(runs).toContain('bash .ci/run');
    expect(test.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('is the same sequence CI runs: install, then the README test command covering content, types, lint and tests', () => {
    const ci = commands(ciRun);
    expect(ci).toContain('npm ci --no-audit --no-fund');
    expect(ci.at(-1)).toBe('npm test');
    expect(ci.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(ci.indexOf('npm test'));
    // Chromium is installed in one place, by the test command itself, so that the README's command works alone.
    expect(ciRun).not.toMatch(/apt-get/);
    expect(scripts.test).toMatch(/^bash scripts\/ensure-chromium\.sh && /);
    expect(readFileSync(path.join(ROOT, 'scripts/ensure-chromium.sh'), 'utf8')).toMatch(
      /apt-get install -y -qq chromium/,
    );
    for (const part of ['npm run check:content', 'npm run check:types', 'npm run lint', 'vitest run'])
      expect(scripts.test).toContain(part);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('npm ci && npm test');
  });

  it('deploys dist/ from main only, after the tests, with the site URL and base path', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect([deploy.needs].flat()).toContain('test');
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = deploy.steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toMatchObject({
      SITE_URL: expect.stringContaining('steps.pages.outputs.origin'),
      SITE_BASE: expect.stringContaining('steps.pages.outputs.base_path'),
      SITE_REPOSITORY: expect.stringContaining('github.repository'),
    });
    const upload = deploy.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    // The reports' PDFs are printed after the build and before the upload, under the same base path.
    const pdf = deploy.steps.findIndex((step) => step.run?.includes('npm run report:pdf'));
    expect(pdf).toBeGreaterThan(deploy.steps.indexOf(build));
    expect(pdf).toBeLessThan(deploy.steps.indexOf(upload!));
    expect(deploy.steps[pdf]?.env?.SITE_BASE).toContain('steps.pages.outputs.base_path');
    expect(deploy.steps.at(-1)?.uses).toMatch(/^actions\/deploy-pages@/);
  });
});
