/**
 * Runs the content check. A build stops with the full list of problems and
 * exit code 1; the dev server prints them and goes on, and prints them again
 * whenever a content file changes.
 *
 * In a build the check runs in a process of its own (content-check-child.ts)
 * while Astro reads the collections and compiles the pages, on the other
 * core, and the build waits for its verdict before it renders a page. Until
 * then the collections are read leniently (src/lib/render/tolerant-loader.ts), so
 * that a mistake is reported by the check, in its words, and not first by
 * Astro as a stack trace. Where that process cannot start, the check runs
 * first, in the build's own process.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  annotations,
  checkContent,
  formatProblems,
  isWarning,
  type Problem,
  type SiteConfigFiles,
} from '../lib/build-time/content-check';
import { count } from '../lib/pure/count';

interface Verdict {
  problems: Problem[];
  /** How many entries were checked. */
  entries: number;
}

const CHILD = fileURLToPath(new URL('./content-check-child.ts', import.meta.url));
/** vite-node runs the check as Vite runs the site's code (the collections are found by import.meta.glob). */
const VITE_NODE = path.join(path.dirname(createRequire(import.meta.url).resolve('vite-node')), '..', 'vite-node.mjs');

/** The content check in a process of its own; rejects when that process cannot run it. */
function checkBeside(root: string, contentDir: string, site?: SiteConfigFiles): Promise<Verdict> {
  const siteArgs = site ? [site.file, site.publicDir] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_NODE, CHILD, root, contentDir, ...siteArgs], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out) as Verdict);
      } catch {
        reject(new Error(`the content check stopped (exit code ${code}): ${err.slice(-2000)}`));
      }
    });
  });
}

/** The content check in this process. */
const checkHere = async (root: string, contentDir: string, site?: SiteConfigFiles): Promise<Verdict> => {
  const { problems, entries } = await checkContent(root, contentDir, site);
  return { problems, entries: entries.length };
};

/** Ends a build whose content has problems: the list and one line, not a stack trace from a hook. */
async function stopBuild(problems: readonly Problem[], discardOutput: () => Promise<void>): Promise<never> {
  await discardOutput();
  // In GitHub Actions, each problem also shows at its line of a pull request's changed files.
  const commands = annotations(problems, process.env);
  if (commands) console.log(commands);
  console.error(
    `\n${formatProblems(problems)}\n\nThe build stopped: fix the ${count(problems.length, 'problem')} above and build again.`,
  );
  process.exit(1);
}

/** In the dev server: words left to write as a warning, every other problem as an error. */
function logDev(logger: AstroIntegrationLogger, problems: readonly Problem[]) {
  const warnings = problems.filter(isWarning);
  const errors = problems.filter((p) => !warnings.includes(p));
  if (errors.length)
    logger.error(`${formatProblems(errors)}\nThe pages show this list too; saving a file checks again.`);
  if (warnings.length)
    logger.warn(
      formatProblems(warnings).replace(/problems?:/, (m) => `${m} (text still to write; a build refuses it)`),
    );
}

export interface ContentCheckOptions {
  contentDir: string;
  /** The project's site configuration, checked with the content. */
  site?: SiteConfigFiles;
  /** What a build that stops on its content leaves behind: nothing (see atomic-output.ts). */
  discardOutput: () => Promise<void>;
}

export default function contentCheck(options: ContentCheckOptions): AstroIntegration {
  const { contentDir, site, discardOutput } = options;
  let root = process.cwd();
  /** The verdict of the check running beside a build. */
  let pending: Promise<Verdict> | undefined;
  let settled = false;
  /** Waits for the check beside the build; stops the build on a problem. */
  const settle = async (logger: AstroIntegrationLogger) => {
    if (!pending || settled) return;
    const { problems, entries } = await pending;
    if (problems.length) await stopBuild(problems, discardOutput);
    settled = true;
    logger.info(`${entries} content entries checked`);
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') {
          pending = checkBeside(root, contentDir, site).catch(() => checkHere(root, contentDir, site));
          return;
        }
        const { problems, entries } = await checkHere(root, contentDir, site);
        if (problems.length === 0) {
          logger.info(`${entries} content entries checked`);
          return;
        }
        if (command === 'dev') {
          logDev(logger, problems);
          return;
        }
        await stopBuild(problems, discardOutput);
      },
      // The pages are compiled meanwhile; none is rendered before the verdict.
      'astro:build:setup': ({ target, updateConfig, logger }) => {
        if (target !== 'server') return;
        updateConfig({ plugins: [{ name: 'content-check-verdict', buildEnd: () => settle(logger) }] });
      },
      'astro:build:generated': ({ logger }) => settle(logger),
      'astro:build:done': ({ logger }) => settle(logger),
      'astro:server:setup': ({ server, logger }) => {
        const rerun = async (file: string) => {
          if (!file.includes(`/${contentDir}/`)) return;
          const { problems } = await checkContent(root, contentDir, site);
          if (problems.length) logDev(logger, problems);
          else logger.info('content is valid');
        };
        // A failed re-check is reported, never left as an unhandled rejection.
        const watch = (file: string) => void rerun(file).catch((error: unknown) => logger.error(String(error)));
        server.watcher.on('change', watch);
        server.watcher.on('add', watch);
        server.watcher.on('unlink', watch);
      },
    },
  };
}
