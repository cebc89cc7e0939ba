/**
 * What a GitHub Actions workflow of this repository must never do, read from
 * its YAML with a real parser: the audits zizmor calls dangerous-triggers,
 * template-injection, artipacked, excessive-permissions and unpinned-uses,
 * in the form this project needs them (CONTRIBUTING, section 8).
 *
 * - Permissions: `permissions: {}` at the top, and every job asks for what it uses.
 * - A job that may write (contents, pull-requests, issues, actions, pages,
 *   id-token, …) runs none of the project's code: no `run:` step, no local
 *   action, no github-script that loads a file of the checkout, and no
 *   checkout of another commit than the default branch's (none at all in a
 *   workflow that a pull request starts).
 * - No `pull_request_target`.
 * - No `${{ … }}` in a `run:` line or a github-script: a value reaches code through `env:`.
 * - Every checkout with `persist-credentials: false`.
 * - Every action pinned to a full commit SHA, with its version in a comment.
 * - A workflow that comments (started by an issue or another workflow) has `concurrency`.
 */
import { parseDocument } from 'yaml';

interface Step {
  name?: string;
  run?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: unknown;
  steps?: Step[];
}

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

/** The triggers of a workflow, by name. */
const triggersOf = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on as object | null) ?? {});

/** The permissions a job may write with; every one for `write-all`. */
export function writes(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  if (!permissions || typeof permissions !== 'object') return [];
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([name]) => name);
}

const FULL_SHA = /^[^@\s]+@[0-9a-f]{40}$/;
/** A script of github-script that loads something from the checkout. */
const LOADS_FILE = /require\(\s*['"`]\.{0,2}\/|require\(\s*(process\.env\.GITHUB_WORKSPACE|path\.)|\bimport\(/;

/** The problems of one workflow file's text; none when it is safe. */
export function workflowProblems(file: string, source: string): string[] {
  const document = parseDocument(source);
  const workflow = document.toJS() as Workflow;
  const problems: string[] = [];
  const say = (where: string, what: string) => problems.push(`${file}: ${where} — ${what}`);
  const triggers = triggersOf(workflow.on);

  const top = workflow.permissions;
  if (!top || typeof top !== 'object' || Object.keys(top).length)
    say('permissions', 'the workflow has no top-level `permissions: {}`: every job must ask for what it uses');
  if (triggers.includes('pull_request_target'))
    say('on', 'pull_request_target runs with write permission on the code of a fork: use pull_request');
  const comments = triggers.some((t) => ['workflow_run', 'issues', 'issue_comment'].includes(t));
  if (comments && !workflow.concurrency)
    say('concurrency', 'a workflow that writes comments needs `concurrency`, so that two runs do not both post');
  const startedByPullRequest = triggers.some((t) => t.startsWith('pull_request') || t === 'workflow_run');

  // `uses:` lines as written, for the version comment the parsed value loses.
  const usesLines = source.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));

  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions === undefined) say(`jobs.${id}`, 'the job does not say which permissions it uses');
    const writing = writes(job.permissions);
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `jobs.${id}.steps[${index}]${step.name ? ` (${step.name})` : ''}`;
      const uses = step.uses ?? '';
      if (typeof step.run === 'string' && /\$\{\{/.test(step.run))
        say(where, '`${{ … }}` in a `run:` line is pasted into the command: pass the value through `env:`');
      if (uses && !uses.startsWith('./') && !uses.startsWith('docker://')) {
        if (!FULL_SHA.test(uses)) say(where, `${uses} is not pinned to a full commit SHA`);
        else if (!usesLines.some((line) => line.includes(uses) && /#\s*v\d+(\.\d+)*\s*$/.test(line)))
          say(where, `${uses} has no "# vX.Y.Z" comment saying which version the SHA is`);
      }
      if (/\$\{\{/.test(String(step.with?.script ?? '')))
        say(where, '`${{ … }}` in a script is pasted into its code: pass the value through `env:`');
      const checkout = uses.startsWith('actions/checkout@');
      if (checkout && step.with?.['persist-credentials'] !== false)
        say(where, 'the checkout leaves its token in .git/config: add `persist-credentials: false`');
      if (!writing.length) continue;
      const writer = `the job may write (${writing.join(', ')})`;
      if (step.run !== undefined)
        say(where, `${writer} and runs a command: build in a read-only job and hand on an artifact`);
      if (uses.startsWith('./')) say(where, `${writer} and runs a local action, which is the checkout's code`);
      if (uses.startsWith('actions/github-script@') && LOADS_FILE.test(String(step.with?.script ?? '')))
        say(where, `${writer} and its script loads a file of the checkout`);
      if (checkout && (startedByPullRequest || step.with?.ref !== undefined || step.with?.repository !== undefined))
        say(where, `${writer} and checks out code a pull request or an issue can change`);
    }
  }
  return problems;
}
