/**
 * What a partner pastes or saves, in the real build: a picture beside its
 * page is published through Astro's image pipeline, and a file saved by a
 * Windows editor (CRLF line ends, a byte-order mark) publishes as meant;
 * a missing picture, a file in Windows-1252 or UTF-16, an HTML comment and
 * a web address in angle brackets stop the build with the content check's
 * words (tests/fixtures/bad-content/cases.yaml), never with a stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { applyChanges, projectWith, removeProjects } from '../support/project';
import { BASE_PROJECT, badContentCases, caseChanges, encoded } from '../support/fixtures';

const MEETING = 'content/meetings/2020-03-10-tc-1.mdx';

/** A real PNG of `width` × 1 pixels, as a partner's screenshot would be (only smaller). */
function png(width: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(row)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

afterAll(removeProjects);

describe('what a partner pastes or saves, built', () => {
  it('publishes a picture beside its page, optimised, and a file saved with CRLF and a byte-order mark as meant', async () => {
    const dir = await projectWith(
      {
        [MEETING]: (s) =>
          `\uFEFF${s.replace('What happened.', 'What happened.\n\n![The slides of the presentation](./slides.png)')}`.replace(
            /\n/g,
            '\r\n',
          ),
      },
      BASE_PROJECT,
    );
    writeFileSync(path.join(dir, 'content/meetings/slides.png'), png(1200));
    const out = path.join(dir, 'dist');
    const build = await astroBuild(dir, { SITE_OUT_DIR: out });
    expect(build.code, build.output).toBe(0);
    const $ = cheerio.load(readFileSync(path.join(out, 'meetings/2020-03-10-tc-1/index.html'), 'utf8'));
    expect($('h1').text()).toBe('TC 1 meeting');
    const img = $('main img[alt="The slides of the presentation"]');
    expect(img.length).toBe(1);
    // Through Astro's image pipeline: a file of its own under /_astro/, with its size.
    expect(img.attr('src')).toMatch(/^\/_astro\/slides\.[\w-]+\.(webp|png)$/);
    expect(img.attr('width')).toBe('1200');
    expect(img.attr('loading')).toBe('lazy');
    expect(readFileSync(path.join(out, img.attr('src') ?? '')).length).toBeGreaterThan(0);
    expect($('main').text()).toContain('What happened.');
    expect($('main').text()).not.toContain('\uFEFF');
  }, 180_000);

  it("stops the build with the content check's words for what a partner pasted or saved, never a stack trace", async () => {
    const names = [
      'a picture whose file is missing',
      'an HTML comment in the page text',
      'a web address in angle brackets, as the report writes them',
    ];
    const dir = await projectWith({}, BASE_PROJECT);
    // Three mistakes in one meeting's text, each on a line of its own; two other files saved by other editors.
    for (const name of names) {
      const found = badContentCases.find((c) => c.name === name);
      if (!found) throw new Error(`no fixture case "${name}"`);
      const patch = [found.patch ?? []].flat()[0];
      if (!patch) throw new Error(`case "${name}" has no patch`);
      await applyChanges(dir, { [MEETING]: (s) => s.replace('What happened.', `What happened.\n\n${patch.to}`) });
    }
    await applyChanges(dir, caseChanges(badContentCases.find((c) => c.name === 'a field written twice')!));
    const latin1 = path.join(dir, 'content/bodies/org-wg-2.mdx');
    writeFileSync(
      latin1,
      encoded(readFileSync(latin1, 'utf8').replace('A working group.', 'Un groupe à Liège.'), 'latin1'),
    );
    const utf16 = path.join(dir, 'content/topics/security.mdx');
    writeFileSync(utf16, encoded(readFileSync(utf16, 'utf8'), 'utf16le'));

    const build = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/The content has \d+ problems/);
    for (const message of [
      'the picture "./slides.png" is not in content/meetings/',
      'an HTML comment ("<!--") cannot be used in the page text',
      'is between angle brackets, which the page text reads as a tag',
      'the field "place" is written twice (first on line 8)',
      'content/bodies/org-wg-2.mdx:',
      'the file is not saved as UTF-8: it holds the byte 0xE0, which is "à"',
      'content/topics/security.mdx:1 — (file) — the file is saved as UTF-16',
    ])
      expect(build.output).toContain(message);
    expect(build.output).not.toMatch(/Stack trace|Could not resolve|Unexpected character/);
  }, 180_000);
});
