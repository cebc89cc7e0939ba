/**
 * Runs the real `astro build` of a project folder in a child process, as
 * `npm run build` does, for the scripts and the tests.
 *
 * The child gets this process's environment less what a runner sets and
 * Astro would read back: Vite, Vitest and vite-node set BASE_URL, MODE and
 * NODE_ENV (vite-node sets NODE_ENV=development, which makes the child's
 * build a development build: every page then rebuilds the graph, as the dev
 * server must).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const RUNNER_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'TEST', 'VITEST', 'NODE_ENV'];

/** This process's environment without the runner's variables, with `env` on top. */
export function buildEnv(env: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && !RUNNER_ENV.includes(entry[0]) && !entry[0].startsWith('VITEST_'),
  );
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/** `astro build` in `root` with `env` (SITE_OUT_DIR, SITE_BASE …): its exit code and its whole output. */
export function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
