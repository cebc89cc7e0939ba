/**
 * The injection fixtures (tests/fixtures/injection/cases.yaml): every way of
 * hiding code in a page's text is refused by name, at its line, and the
 * compiler's plugin (remark-inert.ts) takes it out of the page: the page,
 * compiled and run by MDX's own compiler as Astro's integration runs it,
 * prints nothing. Without the plugin the same pages do print their canaries,
 * so the fixtures hold code that runs.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'astro/jsx-runtime';
import { checkSources, type ContentFile } from '../../src/lib/build-time/content-check';
import remarkInert from '../../src/lib/render/remark-inert';
import { CONTENT_COMPONENTS } from '../../src/lib/build-time/content-check/components';
import { baseContent } from '../support/fixtures';
import { TEXT_LINE, injectionCases, pageSource, ranIn } from '../support/injection';

let base: ContentFile[];
beforeAll(async () => {
  base = await baseContent();
});
afterEach(() => vi.restoreAllMocks());

/** What a page's text prints when MDX compiles it and the page is rendered with the project's components. */
async function printedBy(text: string, plugins: unknown[]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  const components = Object.fromEntries(Object.keys(CONTENT_COMPONENTS).map((name) => [name, () => null]));
  try {
    const options = { ...runtime, remarkPlugins: plugins } as unknown as Parameters<typeof evaluate>[1];
    const page = await evaluate(text, options);
    page.default({ components });
  } catch {
    // A page that cannot be compiled or rendered without the plugin (an import it cannot resolve here) prints nothing.
  }
  return printed.join('\n');
}

describe('code hidden in page text', () => {
  it('has at least fifteen distinct ways, each with its expected problems', () => {
    expect(injectionCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(injectionCases.map((c) => c.name)).size).toBe(injectionCases.length);
    for (const c of injectionCases) expect(c.expect.length, c.name).toBeGreaterThan(0);
  });

  it.each(injectionCases.map((c) => [c.name, c] as const))('%s: refused by name at its line', (_, c) => {
    const files = [...base, { path: c.file, source: pageSource(c) }];
    const problems = checkSources(files).problems.filter((p) => p.file === c.file);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(
      c.expect.map((e) => `${TEXT_LINE + e.line - 1} (page text)`),
    );
    problems.forEach((p, i) => expect(p.message.startsWith(c.expect[i]!.message), p.message).toBe(true));
    // The message shows where the code is, never what it would print.
    expect(ranIn(problems.map((p) => p.message).join('\n'))).toEqual([]);
  });

  it('runs in MDX without the plugin: the fixtures hold code that would run', async () => {
    const ran: string[] = [];
    for (const c of injectionCases) if ((await printedBy(c.text, [])).includes(c.canary)) ran.push(c.name);
    // Every case whose code would run while the site is built (the others run in a browser, see tests/builds/injection.test.ts).
    const atBuild = injectionCases.filter(
      (c) => !c.absent && !Object.keys(c.files).length && !c.text.startsWith('import'),
    );
    expect(ran).toEqual(atBuild.map((c) => c.name));
  });

  it.each(injectionCases.map((c) => [c.name, c] as const))(
    '%s: compiled with the plugin, runs nothing',
    async (_, c) => {
      expect(await printedBy(c.text, [remarkInert])).not.toContain(c.canary);
    },
  );
});
