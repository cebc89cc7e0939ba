/**
 * Runs the content check before Astro reads the collections. A build stops
 * with the full list of problems; the dev server prints them and goes on, and
 * prints them again whenever a content file changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check';

export class ContentError extends Error {
  override name = 'ContentError';
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
          logger.error(report);
          return;
        }
        const error = new ContentError(report);
        error.stack = report;
        throw error;
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
