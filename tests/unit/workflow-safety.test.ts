/**
 * The workflows cannot be turned against the repository (tests/support/workflow-safety.ts):
 * the rules hold on every workflow of .github/workflows/, and each defect they
 * guard against, put back into a copy of a real workflow, is found.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from '../support/paths';
import { workflowProblems } from '../support/workflow-safety';

const DIR = path.join(ROOT, '.github/workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const source = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** A copy of a workflow with one change made through the YAML document, comments kept. */
function edited(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(source(file));
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

/** Replaces the first match of `from` in a workflow's text, which must be there. */
function replaced(file: string, from: RegExp | string, to: string): string {
  const text = source(file);
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${from} is not in ${file}`);
  return text.replace(from, to);
}

const DEFECTS: { name: string; file: string; copy: () => string; found: RegExp }[] = [
  {
    name: 'no top-level permissions',
    file: 'preview.yml',
    copy: () => replaced('preview.yml', /^permissions: \{\}\n/m, ''),
    found: /no top-level `permissions: \{\}`/,
  },
  {
    name: 'a top-level permission instead of none',
    file: 'site.yml',
    copy: () => replaced('site.yml', /^permissions: \{\}$/m, 'permissions:\n  contents: write'),
    found: /no top-level `permissions: \{\}`/,
  },
  {
    name: 'a job that does not say what it uses',
    file: 'site.yml',
    copy: () => edited('site.yml', (doc) => doc.deleteIn(['jobs', 'test', 'permissions'])),
    found: /jobs\.test — the job does not say which permissions/,
  },
  {
    name: 'write permission for the job that runs the pull request',
    file: 'preview.yml',
    copy: () => edited('preview.yml', (doc) => doc.setIn(['jobs', 'preview', 'permissions', 'pull-requests'], 'write')),
    found: /the job may write \(pull-requests\) and runs a command/,
  },
  {
    name: 'the project installed where the pull request is opened',
    file: 'from-issue.yml',
    copy: () =>
      edited('from-issue.yml', (doc) => doc.addIn(['jobs', 'publish', 'steps'], { name: 'Install', run: 'npm ci' })),
    found:
      /jobs\.publish\.steps\[\d+\] \(Install\) — the job may write \(contents, pull-requests, issues, actions\) and runs a command/,
  },
  {
    name: "the pull request's code checked out where the comment is written",
    file: 'review-comment.yml',
    copy: () =>
      edited('review-comment.yml', (doc) =>
        doc.addIn(['jobs', 'comment', 'steps'], {
          uses: 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262',
          with: { ref: '${{ github.event.workflow_run.head_sha }}', 'persist-credentials': false },
        }),
      ),
    found: /checks out code a pull request or an issue can change/,
  },
  {
    name: 'a script that loads a file of the checkout where the pull request is opened',
    file: 'from-issue.yml',
    copy: () =>
      replaced(
        'from-issue.yml',
        "const fs = require('node:fs');\n",
        "const fs = require('./scripts/lib/put-in-place.cjs');\n",
      ),
    found: /its script loads a file of the checkout/,
  },
  {
    name: 'pull_request_target',
    file: 'preview.yml',
    copy: () => replaced('preview.yml', /^ {2}pull_request:$/m, '  pull_request_target:'),
    found: /pull_request_target runs with write permission/,
  },
  {
    name: "the issue's text in a command",
    file: 'from-issue.yml',
    copy: () =>
      replaced('from-issue.yml', `printf '%s\\n' "$ISSUE_BODY"`, `printf '%s\\n' "\${{ github.event.issue.body }}"`),
    found: /`\$\{\{ … \}\}` in a `run:` line/,
  },
  {
    name: 'an expression in a script',
    file: 'review-comment.yml',
    copy: () =>
      replaced(
        'review-comment.yml',
        'const run = context.payload.workflow_run;',
        'const run = ${{ toJSON(github.event.workflow_run) }};',
      ),
    found: /`\$\{\{ … \}\}` in a script/,
  },
  {
    name: 'a checkout that keeps its token',
    file: 'site.yml',
    copy: () => replaced('site.yml', /\n {10}persist-credentials: false/, ''),
    found: /persist-credentials: false/,
  },
  {
    name: 'an action by its tag',
    file: 'site.yml',
    copy: () => replaced('site.yml', /actions\/deploy-pages@[0-9a-f]{40} # v[\d.]+/, 'actions/deploy-pages@v4'),
    found: /actions\/deploy-pages@v4 is not pinned to a full commit SHA/,
  },
  {
    name: 'a SHA without its version',
    file: 'preview.yml',
    copy: () => replaced('preview.yml', /(actions\/checkout@[0-9a-f]{40}) # v[\d.]+/, '$1'),
    found: /has no "# vX\.Y\.Z" comment/,
  },
  {
    name: 'a comment workflow without concurrency',
    file: 'review-comment.yml',
    copy: () => edited('review-comment.yml', (doc) => doc.delete('concurrency')),
    found: /needs `concurrency`/,
  },
];

describe("the repository's workflows", () => {
  it('are all read', () => {
    expect(files.sort()).toEqual(['from-issue.yml', 'preview.yml', 'review-comment.yml', 'site.yml']);
  });

  it.each(files)('%s breaks none of the rules', (file) => {
    expect(workflowProblems(file, source(file))).toEqual([]);
  });
});

describe('each defect, put back into a copy of a workflow, is found', () => {
  it.each(DEFECTS.map((d) => [d.name, d] as const))('%s', (_, defect) => {
    const copy = defect.copy();
    expect(copy).not.toBe(source(defect.file));
    const problems = workflowProblems(defect.file, copy);
    expect(
      problems.some((p) => defect.found.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
