/**
 * Runs the content check before Astro reads the collections. A build stops
 * with the full list of problems and exit code 1; the dev server prints them and goes on, and
 * prints them again whenever a content file changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems, type Problem } from '../lib/content-check';
import { STILL_TO_WRITE } from '../lib/content-check/integrity';
import { count } from '../lib/count';

/** In the dev server: words left to write as a warning, every other problem as an error. */
function logDev(logger: AstroIntegrationLogger, problems: readonly Problem[]) {
  const warnings = problems.filter((p) => p.message.includes(STILL_TO_WRITE));
  const errors = problems.filter((p) => !warnings.includes(p));
  if (errors.length)
    logger.error(`${formatProblems(errors)}\nThe pages show this list too; saving a file checks again.`);
  if (warnings.length)
    logger.warn(
      formatProblems(warnings).replace(/problems?:/, (m) => `${m} (text still to write; a build refuses it)`),
    );
}

export default function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // The dev server leaves invalid entries out instead of stopping (src/lib/tolerant-loader.ts).
        if (command === 'dev') process.env.CONTENT_TOLERANT = '1';
        const { problems, entries } = await checkContent(root, contentDir);
        if (problems.length === 0) {
          logger.info(`${entries.length} content entries checked`);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'dev') {
          logDev(logger, problems);
          return;
        }
        // A content mistake reads as one: the list of problems and one line, not a stack trace from a hook.
        console.error(
          `\n${report}\n\nThe build stopped: fix the ${count(problems.length, 'problem')} above and build again.`,
        );
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const rerun = async (file: string) => {
          if (!file.includes(`/${contentDir}/`)) return;
          const { problems } = await checkContent(root, contentDir);
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
