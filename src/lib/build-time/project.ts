/**
 * Which project the site is built for. A project is a content folder and a
 * site configuration: by default `content/` and `src/site.config.ts`; with
 * SITE_PROJECT=<folder>, `<folder>/content/` and `<folder>/site.config.ts`
 * (examples/minimal is one). Read in Node only: the build, the content check
 * and the scripts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from './site-config';

/** The project folder relative to the root, without slashes; "" for the default project. */
export function projectFolder(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_PROJECT ?? '').trim().replace(/^\.?\/+|\/+$/g, '');
}

/** The content folder, relative to the root: "content" or "examples/minimal/content". */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const folder = projectFolder(env);
  return folder ? `${folder}/content` : 'content';
}

/** The site configuration module, relative to the root. */
export function siteConfigFile(env: Record<string, string | undefined> = process.env): string {
  const folder = projectFolder(env);
  return folder ? `${folder}/site.config.ts` : 'src/site.config.ts';
}

/**
 * The folder of static files (favicon, pictures): the project's own public/
 * when it has one, else the default project's.
 */
export function publicDir(
  env: Record<string, string | undefined> = process.env,
  exists: (folder: string) => boolean = existsSync,
): string {
  const folder = projectFolder(env);
  return folder && exists(`${folder}/public`) ? `${folder}/public` : 'public';
}

/** The project's site configuration, for scripts that run outside the build. */
export async function loadSiteConfig(
  root = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): Promise<SiteConfig> {
  const url = pathToFileURL(path.resolve(root, siteConfigFile(env))).href;
  const module = (await import(/* @vite-ignore */ url)) as { site: SiteConfig };
  return module.site;
}
