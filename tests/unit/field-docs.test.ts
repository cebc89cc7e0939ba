/**
 * CONTRIBUTING.md's field tables say what the schemas say: the same fields,
 * the same required ones, the same meanings. Run `npm run docs` after
 * changing a schema.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contributingBlocks, contributingTables } from '../../src/lib/build-time/content-check/field-tables';
import { examplesOf, fieldTables, renderTable, updateDocument } from '../../src/lib/build-time/field-docs';
import { doc } from '../../src/lib/collection-api/fields';
import { ROOT } from '../support/paths';

describe('field documentation', () => {
  it('reads each field, whether it is required and its meaning from a schema, with the tables of lists of groups', () => {
    const schema = z.object({
      name: z.string().describe('full name'),
      alias: z.string().optional().describe('another name'),
      items: z
        .array(z.object({ at: z.string().describe('when') }))
        .default([])
        .describe(doc('the items', 'when there are any')),
    });
    const [own, items] = fieldTables(schema);
    expect(own).toEqual({
      of: '',
      rows: [
        { field: 'name', required: 'yes', meaning: 'full name', list: false },
        { field: 'alias', required: 'no', meaning: 'another name', list: false },
        { field: 'items', required: 'when there are any', meaning: 'the items', list: true },
      ],
    });
    expect(items).toEqual({ of: 'items', rows: [{ field: 'at', required: 'yes', meaning: 'when', list: false }] });
    const [kinds] = fieldTables(z.object({ kind: z.enum(['a', 'b']).describe('the kind') }));
    expect(kinds!.rows[0]!.values).toEqual(['a', 'b']);
    expect(() => fieldTables(z.object({ bare: z.string() }))).toThrow(/"bare" has no description/);
  });

  it('keeps the examples written in a table when it rewrites it', () => {
    const rows = [{ field: 'name', required: 'yes', meaning: 'full name', list: false }];
    const table = renderTable(rows, new Map([['name', '`"TC 1"`']]));
    expect(examplesOf(table)).toEqual(new Map([['name', '`"TC 1"`']]));
    const document = `Intro\n<!-- fields: x -->\n| old |\n<!-- /fields: x -->\nEnd`;
    const updated = updateDocument(
      document,
      new Map([
        ['x', rows],
        ['y', rows],
      ]),
    );
    expect(updated.text).toBe(`Intro\n<!-- fields: x -->\n${renderTable(rows)}\n<!-- /fields: x -->\nEnd`);
    expect(updated.missing).toEqual(['y']);
  });

  it('CONTRIBUTING.md has a table for every collection and agrees with the schemas (else run npm run docs)', () => {
    const file = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const { text, missing } = updateDocument(file, contributingTables(), contributingBlocks());
    expect(missing).toEqual([]);
    expect(text).toBe(file);
  });
});
