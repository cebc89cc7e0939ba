/** Throw-away copies of the project, for builds with changed content. */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';

const copies: string[] = [];

/** Changes to content files: path (relative to the copy) → new text, a function of the old, or null to delete. */
export type Changes = Record<string, string | null | ((source: string) => string)>;

/** Another project's content folder, and how its site configuration differs from src/site.config.ts. */
export interface ProjectOptions {
  content?: string;
  siteConfig?: (source: string) => string;
}

/** A copy of the project (sharing node_modules) with `changes` applied. */
export async function projectWith(changes: Changes = {}, options: ProjectOptions = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'project-'));
  copies.push(dir);
  for (const item of [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'tailwind.config.mjs',
    'vite.config.mjs',
    'tsconfig.json',
    'package.json',
    '.htmlvalidate.json',
  ]) {
    await cp(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  await cp(options.content ?? path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (options.siteConfig) await applyChanges(dir, { 'src/site.config.ts': options.siteConfig });
  await applyChanges(dir, changes);
  return dir;
}

/** Applies `changes` to the project copy at `dir`, as a partner's edits would. */
export async function applyChanges(dir: string, changes: Changes): Promise<void> {
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (change === null) {
      await rm(target, { force: true });
      continue;
    }
    const before = existsSync(target) ? await readFile(target, 'utf8') : '';
    const after = typeof change === 'string' ? change : change(before);
    if (after === before) throw new Error(`fixture did not change ${file}`);
    await writeFile(target, after);
  }
}

/** Removes every copy made so far. */
export async function removeProjects(): Promise<void> {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
