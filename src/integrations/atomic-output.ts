/**
 * A build either replaces the whole site or leaves the last good one alone:
 * the build goes to a staging folder next to the output (`prepare`, when the
 * configuration is set up), and `publish`, the last integration, swaps it
 * into place once every page and the search index are written. A failed build
 * leaves the previous output untouched (a running preview keeps working) and
 * nothing half-built that could be deployed by mistake.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AtomicOutput {
  /** Sends a build to the staging folder; returns the output folder to set in Astro's configuration. */
  prepare(outDir: AstroConfig['outDir']): Promise<URL>;
  /** The integration that publishes the staging folder when the build is done: the last one. */
  publish(): AstroIntegration;
  /** Removes the staging folder of a build that stops, so that nothing half-built is left behind. */
  discard(): Promise<void>;
}

export function atomicOutput(): AtomicOutput {
  let finalDir: string | undefined;
  let stagingDir: string | undefined;
  return {
    async prepare(outDir) {
      finalDir = fileURLToPath(outDir).replace(/\/$/, '');
      stagingDir = `${finalDir}.partial`;
      await rm(stagingDir, { recursive: true, force: true });
      return pathToFileURL(`${stagingDir}/`);
    },
    publish: () => ({
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
    }),
    async discard() {
      if (stagingDir) await rm(stagingDir, { recursive: true, force: true });
    },
  };
}
