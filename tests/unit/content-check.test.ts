/**
 * The content check against the project's real content, each case with one
 * mistake a partner could make: every problem must name the file, the line,
 * the field and what is expected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSources, formatProblem, readContentFiles, type ContentFile } from '../../src/lib/content-check';
import { ROOT } from '../support/paths';

let files: ContentFile[];
beforeAll(async () => {
  files = await readContentFiles(ROOT);
});

const MEETING = 'content/meetings/2016-09-13-jrc-ispra.mdx';
const BODY = 'content/bodies/etsi-tc-cyber.mdx';

/** The real content with one file changed (or added, or removed). */
function withFile(path: string, change: (source: string) => string | undefined): ContentFile[] {
  const existing = files.find((f) => f.path === path);
  const rest = files.filter((f) => f.path !== path);
  const source = change(existing?.source ?? '');
  return source === undefined ? rest : [...rest, { path, source }];
}

function replaceOnce(source: string, from: string | RegExp, to: string): string {
  const next = source.replace(from, to);
  if (next === source) throw new Error(`fixture: ${String(from)} not found`);
  return next;
}

function problemsOf(changed: ContentFile[]): string[] {
  return checkSources(changed).problems.map(formatProblem);
}

describe('content check', () => {
  it('accepts the project content as it is', () => {
    const { problems, entries } = checkSources(files);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('names file, line, field and value of an unknown reference, and suggests the right id', () => {
    const out = problemsOf(withFile(MEETING, (s) => replaceOnce(s, '  - etsi-stf-516\n', '  - etsi-stf-561\n')));
    expect(out).toContainEqual(
      expect.stringMatching(
        /^content\/meetings\/2016-09-13-jrc-ispra\.mdx:\d+ — bodies\[0\] — unknown body "etsi-stf-561" — did you mean "etsi-stf-516"\?$/,
      ),
    );
  });

  it('checks references in nested fields and in data files', () => {
    const out = problemsOf(withFile(MEETING, (s) => replaceOnce(s, /partner: ismb/, 'partner: ismbb')));
    expect(out).toContainEqual(
      expect.stringMatching(
        /jrc-ispra\.mdx:\d+ — contributions\[0\]\.partner — unknown partner "ismbb" — did you mean "ismb"\?/,
      ),
    );
    const glossary = problemsOf(
      withFile('content/glossary.yaml', (s) => replaceOnce(s, /body: etsi\n/, 'body: etsii\n')),
    );
    expect(glossary).toContainEqual(
      expect.stringMatching(/^content\/glossary\.yaml:\d+ — etsi\.body — unknown body "etsii" — did you mean "etsi"\?/),
    );
  });

  it('lists every problem at once', () => {
    let changed = withFile(MEETING, (s) => replaceOnce(s, '  - etsi-stf-516\n', '  - etsi-stf-561\n'));
    changed = changed.map((f) =>
      f.path === BODY
        ? { ...f, source: replaceOnce(f.source, 'kind: technical-committee', 'kind: technical-commitee') }
        : f,
    );
    const out = checkSources(changed).problems.map(formatProblem);
    expect(out.filter((line) => line.includes('etsi-stf-561')).length).toBeGreaterThan(0);
    expect(out.filter((line) => line.includes('technical-commitee')).length).toBe(1);
  });

  it('rejects an impossible date written without quotes instead of rolling it over', () => {
    const out = problemsOf(withFile(MEETING, (s) => replaceOnce(s, 'start: "2016-09-13"', 'start: 2016-13-45')));
    expect(out).toContainEqual(
      expect.stringMatching(/jrc-ispra\.mdx:\d+ — start — .*2016-13-45.*(quotes|real calendar date)/),
    );
  });

  it('rejects an impossible date in quotes, and asks for quotes around a real one', () => {
    expect(
      problemsOf(withFile(MEETING, (s) => replaceOnce(s, 'start: "2016-09-13"', 'start: "2016-02-30"'))),
    ).toContainEqual(expect.stringMatching(/— start — "2016-02-30" is not a real calendar date — expected/));
    expect(
      problemsOf(withFile(MEETING, (s) => replaceOnce(s, 'start: "2016-09-13"', 'start: 2016-09-13'))),
    ).toContainEqual(
      expect.stringMatching(/— start — the date 2016-09-13 is not in quotes — write it as "2016-09-13"/),
    );
  });

  it('rejects an end before the start', () => {
    const out = problemsOf(
      withFile(MEETING, (s) => replaceOnce(s, 'start: "2016-09-13"\n', 'start: "2016-09-13"\nend: "2016-09-12"\n')),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /jrc-ispra\.mdx:\d+ — end — the meeting ends \("2016-09-12"\) before it starts \("2016-09-13"\)/,
      ),
    );
  });

  it('rejects a missing title, a wrong type and an unknown key, naming the field', () => {
    const out = problemsOf(
      withFile(MEETING, (s) =>
        replaceOnce(
          replaceOnce(s, /^title: .*\n/m, 'titel: "Ispra"\n'),
          'kind: standards-meeting',
          'kind: [standards-meeting]',
        ),
      ),
    );
    expect(out).toContainEqual(expect.stringMatching(/jrc-ispra\.mdx(:\d+)? — title — this required field is missing/));
    expect(out).toContainEqual(
      expect.stringMatching(/jrc-ispra\.mdx:2 — titel — unknown field "titel" — did you mean "title"\?/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/— kind — expected .*found a list|— kind — .*not an allowed value/),
    );
  });

  it('lists the allowed values of an enum field', () => {
    const out = problemsOf(
      withFile(BODY, (s) => replaceOnce(s, 'kind: technical-committee', 'kind: technical-commitee')),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /etsi-tc-cyber\.mdx:\d+ — kind — "technical-commitee" is not an allowed value — did you mean "technical-committee"\? — allowed: organisation, technical-committee, /,
      ),
    );
  });

  it('rejects an empty file and a file without front matter', () => {
    expect(problemsOf(withFile('content/topics/privacy.mdx', () => ''))).toContainEqual(
      'content/topics/privacy.mdx — (file) — the file is empty — it needs front matter between two "---" lines, then the page text',
    );
    expect(problemsOf(withFile('content/topics/privacy.mdx', () => 'Privacy matters.\n'))).toContainEqual(
      expect.stringMatching(/privacy\.mdx:1 — \(file\) — the file does not start with front matter/),
    );
  });

  it('rejects files that would silently not become pages', () => {
    const md = problemsOf(withFile('content/topics/billing.md', () => '---\nname: Billing\nsummary: x\n---\n'));
    expect(md).toContainEqual(
      expect.stringMatching(
        /^content\/topics\/billing\.md — \(file\) — pages are MDX files — rename it to "billing\.mdx"/,
      ),
    );
    const nested = problemsOf(withFile('content/bodies/etsi/tc-x.mdx', () => '---\n---\n'));
    expect(nested).toContainEqual(
      expect.stringMatching(/content\/bodies\/etsi\/tc-x\.mdx — \(file\) — pages sit directly in content\/bodies\//),
    );
    const stray = problemsOf(withFile('content/notes.txt', () => 'todo'));
    expect(stray).toContainEqual(
      expect.stringMatching(/content\/notes\.txt — \(file\) — this file is not part of any collection/),
    );
    const upper = problemsOf(withFile('content/topics/Billing.mdx', () => '---\nname: Billing\nsummary: x\n---\n'));
    expect(upper).toContainEqual(
      expect.stringMatching(/Billing\.mdx — \(file name\) — .* rename it to "billing\.mdx"/),
    );
  });

  it('rejects a contribution to a body that was not at the meeting', () => {
    const out = problemsOf(withFile(MEETING, (s) => replaceOnce(s, 'body: cenelec-tc-215', 'body: etsi-tc-cyber')));
    expect(out).toContainEqual(
      expect.stringMatching(
        /contributions\[\d\]\.body — "etsi-tc-cyber" is not one of this meeting's bodies — use one of: etsi-stf-516, cenelec-tc-215/,
      ),
    );
  });

  it('rejects e-mail addresses anywhere in the content', () => {
    const out = problemsOf(withFile('content/partners/p3c.mdx', (s) => `${s}\nWrite to someone@example.com.\n`));
    expect(out).toContainEqual(expect.stringMatching(/p3c\.mdx:\d+ — \(page text\) — contains an e-mail address/));
  });

  it('rejects duplicate ids and unreadable YAML with a line number', () => {
    const dup = problemsOf(withFile('content/glossary.yaml', (s) => `${s}\netsi:\n  term: ETSI\n  expansion: again\n`));
    expect(dup).toContainEqual(
      expect.stringMatching(/^content\/glossary\.yaml:\d+ — \(YAML\) — the same field or id appears twice/),
    );
    const bad = problemsOf(
      withFile(BODY, (s) => replaceOnce(s, 'kind: technical-committee', 'kind: technical-committee\n  oops: [')),
    );
    expect(bad).toContainEqual(expect.stringMatching(/etsi-tc-cyber\.mdx:\d+ — \(YAML\) — /));
  });

  it('requires web addresses to be http(s)', () => {
    const out = problemsOf(withFile(BODY, (s) => replaceOnce(s, /^website: .*$/m, 'website: "javascript:alert(1)"')));
    expect(out).toContainEqual(
      expect.stringMatching(/— website — expected a web address starting with https:\/\/ or http:\/\//),
    );
  });
});
