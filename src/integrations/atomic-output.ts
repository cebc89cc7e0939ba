/**
 * A build either produces a whole site or none: `prepareOutput` removes the
 * previous output and sends the build to a staging folder next to it;
 * `publishOutput`, the last integration, moves the staging folder into place
 * once every page and the search index are written. A failed build leaves no
 * output folder that could be deployed by mistake.
 */
import type { AstroIntegration } from 'astro';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

let finalDir: string | undefined;
let stagingDir: string | undefined;

export function prepareOutput(): AstroIntegration {
  return {
    name: 'prepare-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        stagingDir = `${finalDir}.partial`;
        await rm(finalDir, { recursive: true, force: true });
        await rm(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
    },
  };
}

export function publishOutput(): AstroIntegration {
  return {
    name: 'publish-output',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!finalDir || !stagingDir) return;
        await rename(stagingDir, finalDir);
        logger.info(`site written to ${finalDir}`);
      },
    },
  };
}
