/**
 * Runs the content check before Astro reads the collections. A build stops
 * with the full list of problems and exit code 1; the dev server prints them and goes on, and
 * prints them again whenever a content file changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check';
import { count } from '../lib/count';

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
          logger.error(report);
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
          if (problems.length) logger.error(formatProblems(problems));
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
