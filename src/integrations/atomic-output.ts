/**
 * A build either replaces the whole site or leaves the last good one alone:
 * `prepareOutput` sends the build to a staging folder next to the output;
 * `publishOutput`, the last integration, swaps the staging folder into place
 * once every page and the search index are written. A failed build leaves
 * the previous output untouched (a running preview keeps working) and
 * nothing half-built that could be deployed by mistake.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
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
        // The old output goes aside first, so that the new one takes its place in one rename.
        const previous = `${finalDir}.previous`;
        await rm(previous, { recursive: true, force: true });
        if (existsSync(finalDir)) await rename(finalDir, previous);
        await rename(stagingDir, finalDir);
        await rm(previous, { recursive: true, force: true });
        logger.info(`site written to ${finalDir}`);
      },
    },
  };
}

/** Removes the staging folder of a build that stops, so that nothing half-built is left behind. */
export async function discardOutput(): Promise<void> {
  if (stagingDir) await rm(stagingDir, { recursive: true, force: true });
}
