/**
 * The issue forms (.github/ISSUE_TEMPLATE/) are what `npm run docs` makes of
 * the schemas and this project's content: run it when they drift. Each
 * field's id is the schema's name for it, and each dropdown offers every
 * entry it may name.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { realContent } from '../support/content';
import { ROOT } from '../support/paths';
import { formContentOf, issueForms } from '../../src/lib/tools/issue-forms/forms';
import { staleForms } from '../../src/lib/tools/issue-forms/form-files';
import { checkRef } from '../../src/lib/build-time/content-check';
import { fieldTables } from '../../src/lib/build-time/field-docs';
import { meetingSchema } from '../../src/collections/meetings/schema';
import { bodySchema } from '../../src/collections/bodies/schema';

const folder = path.join(ROOT, '.github/ISSUE_TEMPLATE');

describe('the issue forms', async () => {
  const entries = await realContent();
  const forms = issueForms(formContentOf(entries));

  it('are written as npm run docs writes them (run it when this fails)', () => {
    expect(readdirSync(folder).sort()).toEqual(forms.map((f) => f.file).sort());
    expect(staleForms(ROOT, entries)).toEqual([]);
  });

  it('are said to be stale when the content offers more than they do', () => {
    const more = [...entries, { ...entries.find((e) => e.collection === 'partners')!, id: 'a-new-partner' }];
    expect(staleForms(ROOT, more).sort()).toEqual([
      '.github/ISSUE_TEMPLATE/report-a-meeting.yml',
      '.github/ISSUE_TEMPLATE/update-a-body.yml',
    ]);
  });

  it("name each field by the schema's name for it, and offer every body, partner and report by name and id", () => {
    const names = new Set(
      [...fieldTables(meetingSchema(checkRef)), ...fieldTables(bodySchema(checkRef))].flatMap((t) =>
        t.rows.map((r) => r.field),
      ),
    );
    // The page text, a source's section, and what the form asks for in its own way (the body, the words on its partners).
    const own = new Set(['text', 'section', 'body', 'partnersQuote', 'page', 'what', 'source']);
    for (const form of forms)
      for (const item of form.body.filter((i) => i.id))
        expect(names.has(item.id!) || own.has(item.id!), `${form.file}: ${item.id}`).toBe(true);
    const meeting = parse(readFileSync(path.join(folder, 'report-a-meeting.yml'), 'utf8')) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };
    const options = (id: string) => meeting.body.find((i) => i.id === id)?.attributes.options ?? [];
    for (const [field, collection] of [
      ['bodies', 'bodies'],
      ['partnersPresent', 'partners'],
      ['report', 'reports'],
    ] as const) {
      const ids = entries.filter((e) => e.collection === collection).map((e) => e.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(
        options(field)
          .map((o) => /\(([a-z0-9-]+)\)$/.exec(o)?.[1])
          .sort(),
      ).toEqual([...ids].sort());
    }
    expect(options('bodies')).toContain('ETSI TC CYBER (etsi-tc-cyber)');
  });
});
