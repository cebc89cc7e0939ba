/**
 * Upcoming and past are decided when the site is built: a meeting dated after
 * the build date is listed as upcoming on the meetings page, on its body's
 * and its partner's pages and on the home page, and as past once the site is
 * built after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects } from '../support/project';
import { BASE_PROJECT } from '../support/fixtures';

const MEETING = '/meetings/2030-05-06-tc-1-plenary/';
const meeting = `---
title: "TC 1 plenary"
kind: standards-meeting
start: "2030-05-06"
end: "2030-05-07"
summary: "The plenary of TC 1."
bodies:
  - org-tc-1
partnersPresent:
  - alpha
---

The plenary of TC 1.
`;

let dir: string;
const load = (out: string, url: string) => cheerio.load(readFileSync(path.join(dir, out, url, 'index.html'), 'utf8'));

beforeAll(async () => {
  dir = await projectWith({ 'content/meetings/2030-05-06-tc-1-plenary.mdx': meeting }, BASE_PROJECT);
  for (const [out, day] of [
    ['before', '2030-01-15'],
    ['after', '2030-05-08'],
  ] as const) {
    const build = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, out), SITE_BUILD_DATE: day });
    if (build.code !== 0) throw new Error(build.output);
  }
}, 180_000);
afterAll(removeProjects);

/** The text next to the link to the meeting on a page, and whether it is marked upcoming. */
const marked = (out: string, url: string) => {
  const $ = load(out, url);
  const link = $(`main a[href="${MEETING}"]`).first();
  expect(link.length, `${url} links the meeting`).toBe(1);
  return link.closest('li, article').text().includes('Upcoming');
};

describe('a meeting dated after the build', () => {
  it('is upcoming on the meetings page, its body, its partner and the home page', () => {
    const $ = load('before', 'meetings');
    expect($('#upcoming').closest('section').find(`a[href="${MEETING}"]`).length).toBe(1);
    expect($('main').text()).toContain('as of 15 January 2030');
    for (const url of ['meetings', 'bodies/org-tc-1', 'partners/alpha', ''])
      expect(marked('before', url), url).toBe(true);
    expect(load('before', '')('#latest').text()).toBe('Upcoming meetings');
  });

  it('is past once the site is built after it', () => {
    const $ = load('after', 'meetings');
    expect($('#upcoming').length).toBe(0);
    for (const url of ['meetings', 'bodies/org-tc-1', 'partners/alpha', ''])
      expect(marked('after', url), url).toBe(false);
    expect(load('after', '')('#latest').text()).toBe('Latest meetings');
  });
});
