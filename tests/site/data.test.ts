/**
 * The open data of a built site (/data/): every JSON file validates against
 * its published JSON Schema with an independent validator (Ajv), holds as
 * many items as the content has entries (and the site pages), and points to
 * pages that exist; the CSV files parse, with a row per item.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { CSV_FILES, DATA_FILES } from '../../src/lib/build-time/open-data';
import { REGISTRY, hasPages, type CollectionName } from '../../src/lib/build-time/site-collections';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';

interface Published {
  $schema: string;
  count: number;
  items: Record<string, unknown>[];
}

describe.each(sitesUnderTest())('open data of the %s site', (name) => {
  let site: OpenSite;
  const read = (file: string) => readFileSync(path.join(site.dir, 'data', file), 'utf8');
  const json = (file: string) => JSON.parse(read(file)) as Published;

  beforeAll(async () => {
    site = await openSite(name);
  });

  /** The built file or page an absolute URL of the site names, if any. */
  const target = (url: string) => {
    const { pathname } = new URL(url);
    expect(pathname.startsWith(site.base), url).toBe(true);
    const page = site.pages.get(pathname);
    return page ?? (existsSync(path.join(site.dir, pathname.slice(site.base.length))) ? pathname : undefined);
  };

  it('validates every JSON file against its own published schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const file of DATA_FILES) {
      const data = json(`${file}.json`);
      const schema = json(`${file}.schema.json`) as unknown as Record<string, unknown>;
      expect(data.$schema).toBe(schema.$id);
      expect(target(data.$schema), file).toBeDefined();
      const valid = ajv.validate(schema, data);
      expect(ajv.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
      // The schema is strict: an item with a field the content model does not have is refused.
      const extra = { ...data, items: [{ ...data.items[0], notAField: 1 }] };
      if (data.items.length) expect(ajv.validate(schema, extra), file).toBe(false);
    }
  });

  it('holds one item per entry, each with its id and the address of its page, and as many as the site has pages', () => {
    for (const file of DATA_FILES.filter((f): f is CollectionName => f !== 'contributions')) {
      const { items, count } = json(`${file}.json`);
      const ids = site.entries.filter((e) => e.collection === file).map((e) => e.id);
      expect(count, file).toBe(ids.length);
      expect(items.map((i) => i.id).sort(), file).toEqual([...ids].sort());
      for (const item of items) {
        const url = new URL(String(item.page));
        expect(target(url.href), `${file} ${String(item.id)}`).toBeDefined();
        if (hasPages(file)) expect(url.pathname).toBe(site.entryUrl({ collection: file, id: String(item.id) }));
        else expect(site.page(url.pathname).$(`[id="${url.hash.slice(1)}"]`).length, url.href).toBe(1);
      }
      if (hasPages(file)) {
        // The entries' own pages: one level below the collection's page.
        const below = new RegExp(`^${site.url(`/${REGISTRY[file].path}/`)}[^/]+/$`);
        const pages = [...site.pages.keys()].filter((p) => below.test(p));
        expect(pages.length, `${file} pages`).toBe(count);
      }
    }
    const meetings = site.entries.filter((e) => e.collection === 'meetings');
    const contributions = meetings.flatMap((m) => m.data.contributions as unknown[]);
    expect(json('contributions.json').count).toBe(contributions.length);
  });

  it('writes every reference as an id and the address of an existing page', () => {
    let refs = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (Object.keys(record).sort().join() === 'id,url') {
        expect(target(String(record.url)), String(record.url)).toBeDefined();
        refs++;
        return;
      }
      Object.values(record).forEach(visit);
    };
    for (const file of DATA_FILES) json(`${file}.json`).items.forEach((item) => Object.values(item).forEach(visit));
    expect(refs).toBeGreaterThan(0);
  });

  it('gives the CSV files a header and a row per item of the JSON file', () => {
    for (const file of CSV_FILES) {
      const rows = parse(read(`${file}.csv`), { columns: true }) as Record<string, string>[];
      expect(rows.length, file).toBe(json(`${file}.json`).count);
      if (file === 'contributions') continue;
      // A table of entries names each entry and links its page, as its JSON file does.
      const items = new Map(json(`${file}.json`).items.map((item) => [item.id, item]));
      for (const row of rows) {
        expect(items.get(row.id), `${file} ${row.id}`).toBeDefined();
        expect(row.page, `${file} ${row.id}: page`).toBe(items.get(row.id)?.page);
        expect(target(row.page!), file).toBeDefined();
      }
    }
  });

  it('documents every file and field on the data page, and links each file', () => {
    const $ = site.page(site.url('/data/')).$;
    for (const file of DATA_FILES) {
      expect($(`a[href="${site.url(`/data/${file}.json`)}"]`).length, file).toBeGreaterThan(0);
      expect($(`a[href="${site.url(`/data/${file}.schema.json`)}"]`).length, file).toBeGreaterThan(0);
      expect($(`section:has(#${file}) th code`).length, file).toBeGreaterThan(2);
    }
    for (const file of CSV_FILES) expect($(`a[href="${site.url(`/data/${file}.csv`)}"]`).length).toBe(1);
  });
});
