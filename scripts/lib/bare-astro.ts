/**
 * The baseline of the scale benchmark: a bare Astro site with MDX that builds
 * the same MDX files as the project — one page per file, its front matter
 * unchecked, a title and the rendered text in a minimal layout — so that the
 * site's own cost (checks, cross-links, every other page) can be told apart
 * from what Astro and MDX cost anyway.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The collections of pages the project has: one folder of MDX files each. */
const FOLDERS = ['bodies', 'meetings', 'partners', 'topics', 'standards', 'reports'];

/** Writes a bare Astro project into `dir` that builds the MDX files under `contentDir` into `outDir`. */
export async function writeBareAstro(dir: string, contentDir: string, outDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages/[collection]'), { recursive: true });
  await mkdir(path.join(dir, 'src/components'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  outDir: ${JSON.stringify(outDir)},
  cacheDir: ${JSON.stringify(path.join(dir, '.cache'))},
  integrations: [mdx()],
  telemetry: false,
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const folders = ${JSON.stringify(FOLDERS)};
export const collections = Object.fromEntries(
  folders.map((folder) => [
    folder,
    defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(contentDir)} + '/' + folder }) }),
  ]),
);
`,
    'src/components/Callout.astro': `---
const { title } = Astro.props;
---
<aside>{title && <p><strong>{title}</strong></p>}<slot /></aside>
`,
    'src/pages/[collection]/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Callout from '../../components/Callout.astro';
export async function getStaticPaths() {
  const folders = ${JSON.stringify(FOLDERS)};
  const all = await Promise.all(folders.map((c) => getCollection(c)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name ?? entry.data.number ?? entry.id;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><Content components={{ Callout }} /></main></body>
</html>
`,
  };
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
}
