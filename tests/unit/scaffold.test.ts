/**
 * Every template of `npm run new` writes a file that passes the content
 * check as it stands, with every field's meaning, from its schema, as a
 * comment above it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkRef,
  checkSources,
  formatProblem,
  isWarning,
  type ContentFile,
} from '../../src/lib/build-time/content-check';
import { STILL_TO_WRITE } from '../../src/lib/build-time/content-check/rules/placeholders';
import { fieldRows } from '../../src/lib/build-time/field-docs';
import { questions, scaffold, type Answers } from '../../src/lib/pure/scaffold';
import { REGISTRY, idsIn, scaffoldable } from '../../src/lib/build-time/site-collections';
import { baseContent } from '../support/fixtures';

let base: ContentFile[];
beforeAll(async () => {
  base = await baseContent();
});

const ANSWERS: Answers = {
  title: 'Plenary #3',
  name: 'Working Group Nine',
  acronym: 'WG 9',
  parent: 'org',
  start: '2021-05-04',
  bodies: ['org-tc-1'],
  partnersPresent: ['alpha'],
};

describe('the scaffolder', () => {
  it.each(scaffoldable().map((s) => [s.noun, s] as const))('writes a valid %s file', (_, { collection, template }) => {
    const fields = fieldRows(REGISTRY[collection].schema(checkRef));
    const file = scaffold(template, ANSWERS, { fields, ids: (c) => idsIn(c) });
    const path = `content/${collection}/${file.id}.mdx`;
    expect(base.some((f) => f.path === path)).toBe(false);
    const { problems, entries } = checkSources([...base, { path, source: file.source }]);
    // Valid but for the words left to write: warnings, which the dev server shows and a build refuses.
    const left = problems.filter((p) => p.message.startsWith(STILL_TO_WRITE));
    expect(left.every(isWarning)).toBe(true);
    expect(problems.filter((p) => !left.includes(p)).map(formatProblem)).toEqual([]);
    expect(left.map((p) => p.field)).toContain('(page text)');
    expect(entries.some((e) => e.collection === collection && e.id === file.id)).toBe(true);
    // Each field written is explained just above it, in the schema's words.
    const lines = file.source.split('\n');
    let explained = 0;
    for (const row of fields) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${row.field}:`).test(line));
      if (at === -1) continue;
      const words = row.meaning
        .replace(/`|\*\*/g, '')
        .split(/[ ;(]/)[0]!
        .toLowerCase();
      expect(lines[at - 1]!.toLowerCase(), row.field).toContain(`# ${words}`);
      explained++;
    }
    expect(explained).toBeGreaterThan(3);
  });

  it('names the file from the answers, or from the id asked for', () => {
    const meeting = scaffoldable().find((s) => s.noun === 'meeting')!.template;
    const hints = { fields: [], ids: () => '' };
    expect(scaffold(meeting, ANSWERS, hints).id).toBe('2021-05-04-plenary-3');
    expect(scaffold(meeting, { ...ANSWERS, id: 'My Meeting' }, hints).id).toBe('my-meeting');
  });

  it('asks for each field in the schema’s words, requiring only what has no default', () => {
    const { template } = scaffoldable().find((s) => s.noun === 'meeting')!;
    const asked = questions(template, { fields: fieldRows(REGISTRY.meetings.schema(checkRef)), ids: (c) => idsIn(c) });
    const byField = new Map(asked.map((q) => [q.field, q]));
    expect(byField.get('title')).toMatchObject({
      required: true,
      list: false,
      prompt: 'The meeting as people will look for it',
    });
    expect(byField.get('kind')).toMatchObject({ required: false });
    expect(byField.get('kind')!.prompt).toMatch(/one of: standards-meeting, workshop, project-meeting\)$/);
    expect(byField.get('bodies')).toMatchObject({ list: true, required: false });
    expect(byField.get('bodies')!.prompt).toContain('comma-separated ids, the file names in content/bodies/');
  });
});
