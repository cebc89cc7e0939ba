/**
 * The developer loop: `astro dev` starts with invalid content, prints the
 * content check's problems instead of stopping, and serves the fixed page as
 * soon as the file is saved again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectWith, removeProjects } from '../support/project';
import { BASE_PROJECT } from '../support/fixtures';
import { startDev, type DevServer } from '../support/dev-server';
import { scaffoldable } from '../../src/lib/build-time/site-collections';
import { STILL_TO_WRITE } from '../../src/lib/build-time/content-check/rules/placeholders';

const MEETING = 'content/meetings/2020-03-10-tc-1.mdx';
let dir: string;
let dev: DevServer;
let url: string;
const until: DevServer['until'] = (...args) => dev.until(...args);

beforeAll(async () => {
  dir = await projectWith({ [MEETING]: (s) => s.replace(/^title: .*$/m, 'titel: "Broken"') }, BASE_PROJECT);
  dev = await startDev(dir);
  url = dev.url;
}, 60_000);

afterAll(async () => {
  dev?.stop();
  await removeProjects();
});

describe('npm run dev with a content mistake', () => {
  it('prints the problem and keeps serving the other pages', async () => {
    expect(dev.output()).toContain(`${MEETING}:2 — titel — unknown field "titel" — did you mean "title"?`);
    const response = await fetch(`${url}/bodies/org-tc-1/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('ESO TC 1');
  });

  it('shows the same problems at the top of the pages', async () => {
    const page = await (await fetch(`${url}/bodies/org-tc-1/`)).text();
    expect(page).toContain('The content has 2 problems the build would stop on');
    expect(page).toContain(`${MEETING}:2 — titel — unknown field`);
  });

  it('serves the page once the file is fixed', async () => {
    const file = path.join(dir, MEETING);
    await writeFile(file, (await readFile(file, 'utf8')).replace('titel: "Broken"', 'title: "TC 1 meeting, fixed"'));
    await until(() => dev.output().includes('content is valid'), 'the content check to pass again');
    await until(() => dev.output().includes('Reloaded data from 2020-03-10-tc-1.mdx'), 'Astro to reload the file');
    await until(
      async () => (await (await fetch(`${url}/meetings/2020-03-10-tc-1/`)).text()).includes('TC 1 meeting, fixed'),
      'the fixed page',
    );
  });

  /**
   * Saves `change` of the meeting's file, waits for the check to report `expected`, runs `inspect` on
   * what the server printed since, then saves the good file again and waits for the check to pass.
   */
  async function whileEdited(
    change: (good: string) => string,
    expected: string,
    inspect: (printed: () => string) => Promise<void>,
  ) {
    const file = path.join(dir, MEETING);
    const good = await readFile(file, 'utf8');
    const mark = dev.output().length;
    const printed = () => dev.output().slice(mark);
    await writeFile(file, change(good));
    await until(() => printed().includes(expected), 'the content check');
    await inspect(printed);
    await writeFile(file, good);
    await until(() => printed().includes('content is valid'), 'the content check to pass again');
  }

  it('reads an unknown id as a content problem, not a crash of every page', async () => {
    await whileEdited(
      (good) => good.replace('  - org-wg-2\n', '  - org-wg2\n'),
      'unknown body "org-wg2"',
      async (printed) => {
        await until(() => printed().includes('Reloaded data'), 'Astro to reload the file');
        const body = await fetch(`${url}/bodies/org-tc-1/`);
        const text = await body.text();
        expect(body.status).toBe(200);
        expect(text).toContain('unknown body &quot;org-wg2&quot; — did you mean &quot;org-wg-2&quot;?');
        expect(text).not.toMatch(/TypeError|Cannot read properties/);
      },
    );
  });

  it('reads a tab in the front matter as one problem, without an unhandled rejection', async () => {
    await whileEdited(
      (good) => good.replace(/^title: /m, '\ttitle: '),
      'a tab is used for indentation',
      async (printed) => {
        await until(() => printed().includes('Reloaded data'), 'Astro to reload the file');
        expect(printed()).not.toMatch(/UnhandledRejection|Stack trace/);
        expect(printed().match(/^\s+content\/.* — /gm)).toHaveLength(1);
        expect((await fetch(`${url}/bodies/org-tc-1/`)).status).toBe(200);
      },
    );
  });

  it('warns about words left to write instead of refusing them', async () => {
    const text = scaffoldable().find((s) => s.collection === 'meetings')?.template.text ?? '';
    await whileEdited(
      (good) => `${good.trimEnd()}\n\n${text}\n`,
      STILL_TO_WRITE,
      async (printed) => {
        expect(printed()).toMatch(/\[WARN\] \[content-check\]/);
        expect(printed()).not.toMatch(/\[ERROR\] \[content-check\]/);
      },
    );
  });
});
