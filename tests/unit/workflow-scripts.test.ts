/**
 * The scripts that the workflows with write permission run (github-script),
 * run here on what a hostile pull request or issue can hand them, against a
 * stand-in for GitHub's API that records what they would post. What they are
 * given is what an attacker controls: every file of the review artifact, the
 * answers of an issue; what GitHub itself says (the run's conclusion, the
 * pull request's newest commit) is the stand-in's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { ROOT } from '../support/paths';

interface Step {
  name?: string;
  with?: { script?: string };
}

/** The script of the step named `name` in a workflow. */
function script(file: string, name: string): string {
  const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.name === name);
  if (!step?.with?.script) throw new Error(`no script "${name}" in ${file}`);
  return step.with.script;
}

const SHA = 'a'.repeat(40);
const REPO = { owner: 'org', repo: 'site' };

/** A stand-in for github-script's `github`: the pull request it knows, and the comments posted. */
function fakeGitHub(options: { headSha?: string; files?: string[]; comments?: { id: number; body: string }[] } = {}) {
  const posted: string[] = [];
  const pull = { head: { sha: options.headSha ?? SHA, repo: { full_name: 'someone/fork' } } };
  const rest = {
    pulls: { get: async () => ({ data: pull }), listFiles: async () => ({}) },
    issues: {
      listComments: async () => ({}),
      createComment: async ({ body }: { body: string }) => void posted.push(body),
      updateComment: async ({ body }: { body: string }) => void posted.push(body),
    },
    actions: { createWorkflowDispatch: async () => ({}) },
  };
  const paginate = async (method: unknown) =>
    method === rest.pulls.listFiles
      ? (options.files ?? ['content/meetings/x.mdx']).map((filename) => ({ filename }))
      : [];
  return { github: { rest, paginate }, posted };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs a github-script script in a folder of its own, as the runner would in its workspace. */
async function runScript(
  source: string,
  files: Record<string, string>,
  globals: { github: unknown; payload?: unknown; env?: Record<string, string> },
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'workflow-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const cwd = process.cwd();
  const env = { ...process.env };
  process.chdir(dir);
  Object.assign(process.env, { RUNNER_TEMP: dir, ...globals.env });
  const notices: string[] = [];
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction('require', 'github', 'context', 'core', source)(
      createRequire(path.join(dir, 'x.js')),
      globals.github,
      { repo: REPO, payload: globals.payload ?? {} },
      { notice: (m: string) => notices.push(m), info: () => {} },
    );
  } finally {
    process.chdir(cwd);
    process.env = env;
  }
  return notices;
}

const run = (conclusion: string) => ({
  workflow_run: {
    conclusion,
    head_sha: SHA,
    head_repository: { full_name: 'someone/fork' },
    html_url: 'https://github.com/org/site/actions/runs/1',
  },
});

/** A review artifact whose every file a hostile pull request wrote, claiming success. */
const HOSTILE_REVIEW = {
  'review/number': '7',
  'review/head': SHA,
  'review/check': 'success',
  'review/review.md': [
    '<!-- standards-site-review -->',
    "✅ **GitHub's checks of this commit passed** — merge it.",
    '## ✅ Every check passed',
    'Approved by the work-package leader',
    '===',
    '<img src="x" onerror="alert(1)"><a href="https://evil.example">the preview</a>',
    '@maintainer please merge',
    '<details><summary><strong>Changed pages (2)</strong></summary>',
    '',
    '- /bodies/etsi/',
    '</details>',
  ].join('\n'),
};

describe('the review comment (review-comment.yml)', () => {
  const source = script('review-comment.yml', 'Create or update the comment');

  it('says the checks failed when GitHub says so, whatever the artifact claims', async () => {
    const { github, posted } = fakeGitHub();
    await runScript(source, HOSTILE_REVIEW, { github, payload: run('failure') });
    expect(posted).toHaveLength(1);
    const lines = posted[0]!.split('\n');
    expect(lines[0]).toBe('<!-- standards-site-review -->');
    expect(lines[1]).toMatch(/^❌ \*\*GitHub's checks of this commit did not pass\*\*/);
    expect(posted[0]).not.toContain('the `site` artifact');
  });

  it("posts the review as the pull request's words, which cannot pass for the comment's own", async () => {
    const { github, posted } = fakeGitHub();
    await runScript(source, HOSTILE_REVIEW, { github, payload: run('failure') });
    const body = posted[0]!;
    const lines = body.split('\n');
    const own = lines.findIndex((l) =>
      l.startsWith("**The review below was written by this pull request's own code**"),
    );
    expect(own).toBeGreaterThan(1);
    // Every line of the review is quoted, and nothing of it comes before the line that says whose it is.
    expect(lines.slice(own + 2).every((l) => l.startsWith('> '))).toBe(true);
    expect(lines.slice(0, own).join('\n')).not.toContain('Every check passed');
    // Read as GitHub reads it: no heading, no HTML but the folding, one marker (the comment's own).
    const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
    const types = new Set<string>();
    const html: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      types.add(node.type);
      if (node.type === 'html') html.push(node.value ?? '');
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect(types.has('heading')).toBe(false);
    const tags = html.filter((h) => h !== '<!-- standards-site-review -->').join('\n');
    expect(tags).toContain('<details>');
    expect(tags.replace(/<\/?(details|summary|strong)>/g, '')).not.toContain('<');
    expect(body.match(/<!-- standards-site-review -->/g)).toHaveLength(1);
    expect(body).not.toMatch(/<img|<a /);
    expect(body).not.toMatch(/@maintainer/);
  });

  it('says that the checks passed only when GitHub says so, and warns when the change holds code', async () => {
    const { github, posted } = fakeGitHub({ files: ['content/meetings/x.mdx', '.github/workflows/preview.yml'] });
    await runScript(source, HOSTILE_REVIEW, { github, payload: run('success') });
    expect(posted[0]!.split('\n')[1]).toMatch(/^✅ \*\*GitHub's checks of this commit passed\*\*/);
    expect(posted[0]).toContain('outside the content (`.github/workflows/preview.yml`)');
  });

  it("posts nothing for a review of another commit than the pull request's newest", async () => {
    const { github, posted } = fakeGitHub({ headSha: 'b'.repeat(40) });
    const notices = await runScript(source, HOSTILE_REVIEW, { github, payload: run('success') });
    expect(posted).toEqual([]);
    expect(notices.join()).toMatch(/not posted/);
  });
});

describe('the comment on an issue whose answers have problems (from-issue.yml)', () => {
  const source = script('from-issue.yml', 'Tell the issue');

  it('holds the problems in one code block, even when an answer holds a code fence', async () => {
    const problems = [
      'The form has 2 problems:',
      '  Page text, line 1 — "{… x}" would run as code',
      '```',
      '</details> ## ✅ The answers make a valid entry',
      '````md',
      '@maintainer',
    ].join('\n');
    const { github, posted } = fakeGitHub();
    await runScript(source, { 'answers/problems.txt': problems }, { github, env: { NUMBER: '12', PULL: '' } });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(posted[0]!) as Root;
    const code = tree.children.filter((n) => n.type === 'code');
    expect(code).toHaveLength(1);
    expect((code[0] as { value: string }).value).toBe(problems);
    expect(tree.children.some((n) => n.type === 'heading')).toBe(false);
  });
});

describe('the files an issue made, put in place where the pull request is opened (from-issue.yml)', () => {
  const source = script('from-issue.yml', 'Put them in place, if they are what "make" wrote and only content');
  const MEETING = 'content/meetings/2021-05-04-tc-1.mdx';
  const put = (files: Record<string, string>, listed: string[]) => {
    const { github } = fakeGitHub();
    const artifact = Object.fromEntries(Object.entries(files).map(([name, text]) => [`entry/${name}`, text]));
    return runScript(source, artifact, { github, env: { FILES: JSON.stringify(listed) } });
  };

  it('copies the content files that "make" listed', async () => {
    await put({ [MEETING]: '---\ntitle: "x"\n---\n' }, [MEETING]);
    const dir = folders.at(-1)!;
    expect(readFileSync(path.join(dir, MEETING), 'utf8')).toBe('---\ntitle: "x"\n---\n');
  });

  it.each([
    ['a workflow', '.github/workflows/site.yml'],
    ['a script of the site', 'scripts/from-issue.ts'],
    ['the package', 'package.json'],
    ['a script beside the content', 'content/meetings/run.mjs'],
    ['a file that leaves the folder', 'content/../package.json'],
  ])('refuses %s, and puts nothing in place', async (_, file) => {
    await expect(put({ [MEETING]: 'x', [file]: 'x' }, [MEETING, file])).rejects.toThrow();
    expect(() => readFileSync(path.join(folders.at(-1)!, MEETING))).toThrow();
  });

  it('refuses files that "make" did not list', async () => {
    await expect(put({ [MEETING]: 'x', 'content/topics/other.mdx': 'x' }, [MEETING])).rejects.toThrow(
      /not the 1 "make" wrote/,
    );
  });
});
