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

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency: Record<string, unknown>;
  jobs: Record<string, Job & { env?: Record<string, string> }>;
}
const source = (file: string) => readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8');
const workflow = parse(source('site.yml')) as Workflow;
const preview = parse(source('preview.yml')) as Workflow;
const comment = parse(source('review-comment.yml')) as Workflow;
const fromIssue = parse(source('from-issue.yml')) as Workflow;
const ciRun = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** Commands of a shell script, without comments and blank lines. */
const commands = (script: string) =>
  script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

describe('the GitHub Actions workflow', () => {
  it('runs on every pull request that changes more than the content, and on main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
    // Left out only when every file changed is content or a picture: what the Preview workflow's fast check covers.
    const ignored = (workflow.on.pull_request as { 'paths-ignore': string[] })['paths-ignore'];
    expect(ignored).toContain('content/**');
    for (const pattern of ignored) expect(pattern).toMatch(/^(content\/\*\*|public\/\*\*\/\*\.(png|jpe?g|webp|svg))$/);
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

  it('builds dist/ from main only, after the tests, with the site URL and base path, and may only read there', () => {
    const build = workflow.jobs.build!;
    expect(build.if).toContain("github.ref == 'refs/heads/main'");
    expect([build.needs].flat()).toContain('test');
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    const step = build.steps.find((s) => s.run === 'npm run build')!;
    expect(step.env).toMatchObject({
      SITE_URL: expect.stringContaining('steps.pages.outputs.origin'),
      SITE_BASE: expect.stringContaining('steps.pages.outputs.base_path'),
      SITE_REPOSITORY: expect.stringContaining('github.repository'),
    });
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    // The reports' PDFs are printed after the build and before the upload, under the same base path.
    const pdf = build.steps.findIndex((s) => s.run?.includes('npm run report:pdf'));
    expect(pdf).toBeGreaterThan(build.steps.indexOf(step));
    expect(pdf).toBeLessThan(build.steps.indexOf(upload!));
    expect(build.steps[pdf]?.env?.SITE_BASE).toContain('steps.pages.outputs.base_path');
  });

  it('deploys what the build job uploaded, with the Pages permissions and nothing else', () => {
    const deploy = workflow.jobs.deploy!;
    expect([deploy.needs].flat()).toEqual(['build']);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages']);
  });
});

/** Every step of every job of a workflow. */
const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe('the preview of a pull request', () => {
  it('runs on pull_request (or when started for a pull request made from an issue), never pull_request_target, with read permission and no secret', () => {
    expect(Object.keys(preview.on)).toEqual(['pull_request', 'workflow_dispatch']);
    expect(preview.permissions).toEqual({});
    for (const job of Object.values(preview.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
    expect(source('preview.yml')).not.toMatch(/secrets\./);
  });

  it('checks the pages the change shows on, reviews it, and uploads the review and the site', () => {
    const runs = stepsOf(preview).flatMap((step) => (step.run ? commands(step.run) : []));
    expect(runs).toContain('npm run check:changes -- --base "$BASE_SHA"');
    expect(runs.some((r) => r.startsWith('npm run -s review -- --base "$BASE_SHA"'))).toBe(true);
    expect(scripts['check:changes']).toBe('vite-node scripts/check-changes.ts');
    expect(scripts.review).toBe('vite-node scripts/review.ts');
    const uploads = stepsOf(preview).filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => u.with?.name)).toEqual(['review', 'site']);
    expect(stepsOf(preview).find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });
});

describe('the comment with the review', () => {
  const job = Object.values(comment.jobs)[0]!;
  const steps = stepsOf(comment);

  it('runs when the Preview workflow completes, for pull requests only', () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: [preview.name], types: ['completed'] } });
    expect(job.if).toBe(
      "github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'workflow_dispatch'",
    );
  });

  it('may write to pull requests, there and nowhere else', () => {
    expect(comment.permissions).toEqual({});
    expect(job.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    for (const w of [workflow, preview])
      for (const j of Object.values(w.jobs)) expect(j.permissions?.['pull-requests']).toBeUndefined();
  });

  it("never checks out or runs the pull request's code", () => {
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(steps.some((step) => step.run !== undefined)).toBe(false);
    expect(steps.map((step) => step.uses?.replace(/@.*/, ''))).toEqual([
      'actions/download-artifact',
      'actions/github-script',
    ]);
    // It reads the artifact the Preview run uploaded, and posts it only for the pull request's newest commit.
    const download = steps[0]!;
    expect(download.with).toMatchObject({ name: 'review', 'run-id': '${{ github.event.workflow_run.id }}' });
    const script = String(steps[1]?.with?.script);
    expect(script).toContain('pull.head.sha !== run.head_sha');
    expect(script).not.toMatch(/require\(['"]child_process|exec\(/);
  });
});

describe('the workflow that makes a pull request from an issue', () => {
  const make = fromIssue.jobs.make!;
  const publish = fromIssue.jobs.publish!;
  const steps = stepsOf(fromIssue);
  const text = source('from-issue.yml');

  it("runs when an issue with a form's label is opened or edited", () => {
    expect(fromIssue.on).toEqual({ issues: { types: ['opened', 'edited'] } });
    for (const label of ['meeting report', 'body update']) expect(make.if).toContain(`'${label}'`);
  });

  it('needs no secret beyond the default token; the job that runs the project may only read', () => {
    expect(text.match(/secrets\.[A-Z_]+/g) ?? []).toEqual([]);
    expect(fromIssue.permissions).toEqual({});
    expect(make.permissions).toEqual({ contents: 'read' });
    expect(publish.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
      actions: 'write',
    });
    expect([publish.needs].flat()).toEqual(['make']);
  });

  it("never runs code from a fork, nor puts the issue's text into a command", () => {
    for (const checkout of steps.filter((step) => step.uses?.startsWith('actions/checkout@')))
      // The default branch of the repository itself: no other ref or repository, and no token left behind.
      expect(checkout.with ?? {}).toEqual({ 'persist-credentials': false });
    expect(Object.keys(fromIssue.on)).not.toContain('pull_request_target');
    // The issue's text reaches the job as an environment variable, written to a file; no command interpolates it.
    expect(make.env?.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
    for (const step of steps) expect(step.run ?? '', step.run).not.toMatch(/\$\{\{/);
  });

  it('makes the file and checks it as a pull request where it may only read, and hands on the files it wrote', () => {
    const runs = make.steps.flatMap((step) => (step.run ? commands(step.run) : []));
    expect(runs.some((r) => r.includes('npm run -s from-issue -- "$RUNNER_TEMP/issue.md"'))).toBe(true);
    expect(runs.some((r) => r.includes('npm run -s check:changes -- --base HEAD'))).toBe(true);
    expect(scripts['from-issue']).toBe('vite-node scripts/from-issue.ts');
    const uploads = make.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => u.with?.name)).toEqual(['entry', 'answers']);
    expect((make as Job & { outputs?: Record<string, string> }).outputs?.files).toBe(
      '${{ steps.files.outputs.files }}',
    );
  });

  it('opens the pull request from the handed-on files alone, with a pinned action', () => {
    expect(publish.steps.some((step) => step.run !== undefined)).toBe(false);
    const download = publish.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.name).toBe('entry');
    const pull = publish.steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pull?.uses).toMatch(/@[0-9a-f]{40}$/);
    expect(String(pull?.with?.body)).toContain('Closes #${{ github.event.issue.number }}');
    expect(pull?.with?.branch).toBe('from-issue/${{ github.event.issue.number }}');
    expect(publish.env?.FILES).toBe('${{ needs.make.outputs.files }}');
  });

  it("starts the pull request's checks itself, since GitHub starts none for a pull request opened with the default token", () => {
    const start = steps.find((step) => String(step.with?.script ?? '').includes('createWorkflowDispatch'));
    expect(String(start?.with?.script)).toContain("workflow_id: 'preview.yml'");
    expect(String(start?.with?.script)).toContain('ref: `from-issue/${process.env.NUMBER}`');
    expect((preview.on.workflow_dispatch as { inputs: Record<string, unknown> }).inputs).toHaveProperty('pr');
  });
});
